package dev.parley.http.citizens;

import dev.parley.http.support.Credentials;
import dev.parley.http.support.ErrorShape;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HTTP adapter, seed 000: the dialect's error shape. Authentication and permission failures are Django
 * REST framework's {@code {"detail": ...}} (401 with {@code WWW-Authenticate: Token} and DRF's wording);
 * everything else is the document's {@code {"error": ...}}, validation failures at 400 rather than 422.
 */
final class CitizensErrors {

    static final String NOT_PROVIDED = "Authentication credentials were not provided.";
    static final String INVALID_TOKEN = "Invalid token.";
    static final ErrorShape SHAPE = new ErrorShape(CitizensErrors::write);

    private CitizensErrors() {
    }

    private static void write(HttpProblem problem, Context ctx) {
        switch (problem.status()) {
            case 401 -> {
                ctx.header("WWW-Authenticate", "Token");
                boolean none = Credentials.NOT_AUTHENTICATED.equals(problem.detail());
                ctx.status(401).json(new DetailResponse(none ? NOT_PROVIDED : INVALID_TOKEN));
            }
            case 403 -> ctx.status(403).json(new DetailResponse(problem.detail().toString()));
            case 422 -> ctx.status(400).json(new ErrorResponse(message(problem.detail())));
            default -> {
                ErrorShape.writeHeaders(problem, ctx);
                ctx.status(problem.status()).json(new ErrorResponse(problem.detail().toString()));
            }
        }
    }

    /** The core's validation messages name their field already ("title must not be empty"). */
    private static String message(Object detail) {
        if (detail instanceof List<?> errors) {
            return errors.stream().map(e -> e instanceof FieldError field ? field.msg() : e.toString())
                    .collect(Collectors.joining("; "));
        }
        return detail.toString();
    }
}
