package dev.parley.http.support;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.ParleyException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.TooLargeException;
import dev.parley.core.domain.error.UnknownModelException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP support: answers every failure with its status, in the error shape of the dialect whose route the
 * request matched ({@link ErrorShape}; {@code {"detail": ...}} by default): the core's errors, the adapter's
 * own {@link HttpProblem}s, Javalin's 404/405/413, and anything unexpected as a bare 500.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(HttpProblem.class, ErrorResponses::answer);
        routes.exception(ParleyException.class, (e, ctx) -> {
            HttpProblem problem = toProblem(e);
            if (problem != null) {
                answer(problem, ctx);
            }
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
                String allowed = e.getDetails().get("availableMethods");
                if (allowed != null) {
                    ctx.header("Allow", allowed);
                }
            }
            answer(HttpProblem.of(e.getStatus(), javalinDetail(e)), ctx);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            // Method and path only: headers and bodies may hold tokens and passwords.
            LOG.error("Unexpected failure serving {} {}", ctx.method(), ctx.path(), e);
            answer(HttpProblem.of(500, "Internal Server Error"), ctx);
        });
    }

    /** The answer to one of the core's errors, or null when there is nothing to write (a cancelled reply). */
    public static HttpProblem toProblem(ParleyException e) {
        return switch (e) {
            case NotFoundException notFound -> HttpProblem.of(404, notFound.resource() + " not found");
            case InvalidInputException invalid -> HttpProblem.invalid("body", invalid);
            case UnknownModelException unknown -> HttpProblem.of(400, unknown.getMessage());
            case ConflictException conflict -> HttpProblem.of(400, conflict.getMessage());
            case AuthenticationException failed -> HttpProblem.unauthorized(failed.getMessage());
            case ForbiddenException forbidden -> HttpProblem.of(403, forbidden.getMessage());
            case ProviderException provider -> HttpProblem.of(
                    provider.kind() == ProviderException.Kind.TIMEOUT ? 504 : 502, provider.getMessage());
            case TooLargeException tooLarge -> HttpProblem.of(413, tooLarge.getMessage());
            case CancelledException cancelled -> null;
        };
    }

    private static String javalinDetail(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Request body too large";
            default -> HttpStatus.forStatus(e.getStatus()).getMessage();
        };
    }

    /** Writes {@code problem} in the error shape of the route the request matched ({@link ErrorShape}). */
    public static void answer(HttpProblem problem, Context ctx) {
        ErrorShape.of(ctx).writer().write(problem, ctx);
    }
}
