package dev.parley.http.threads;

import dev.parley.http.support.Credentials;
import dev.parley.http.support.ErrorShape;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.List;

/**
 * HTTP adapter, seed 003: how the dialect answers every failure, always {@code {"error": ...}}. A missing or
 * stale session is 401 "Authentication required" (the original redirected to a login page that did not
 * exist), the rate limits' 429 "Rate limit exceeded", a validation error 400 (Django has no 422), and
 * another user's thread is "Thread not found", like a missing one.
 */
final class ThreadsErrors {

    static final String AUTHENTICATION_REQUIRED = "Authentication required";
    static final String RATE_LIMITED = "Rate limit exceeded";
    static final String THREAD_NOT_FOUND = "Thread not found";

    static final ErrorShape SHAPE = new ErrorShape(ThreadsErrors::write);

    private ThreadsErrors() {
    }

    private static void write(HttpProblem problem, Context ctx) {
        ErrorShape.writeHeaders(problem, ctx);
        int status = problem.status() == 422 ? 400 : problem.status();
        ctx.status(status).json(new ErrorResponse(message(problem, ctx)));
    }

    private static String message(HttpProblem problem, Context ctx) {
        Object detail = problem.detail();
        if (problem.status() == 401 && (Credentials.NOT_AUTHENTICATED.equals(detail)
                || Credentials.INVALID.equals(detail))) {
            return AUTHENTICATION_REQUIRED;
        }
        // The concurrent-streams refusal is a 429 too, but says what it is and has no Retry-After.
        if (problem.status() == 429 && problem.retryAfterSeconds() > 0) {
            return RATE_LIMITED;
        }
        // On a thread's routes the only thing that can be missing is the thread, whatever the core calls it.
        if (problem.status() == 404 && onThreadRoute(ctx)) {
            return THREAD_NOT_FOUND;
        }
        if (detail instanceof List<?> errors && !errors.isEmpty() && errors.getFirst() instanceof FieldError first) {
            return first.msg();
        }
        return String.valueOf(detail);
    }

    private static boolean onThreadRoute(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint != null && endpoint.path.startsWith("/chat/");
    }
}
