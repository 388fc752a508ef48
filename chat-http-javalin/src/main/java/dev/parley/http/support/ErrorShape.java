package dev.parley.http.support;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;
import java.util.Objects;

/**
 * HTTP support: how one API dialect writes its errors, declared on each of its routes as endpoint metadata
 * ({@link DialectRoutes}). {@link ErrorResponses} hands every failure of a matched route, refusals by the
 * rate limits and the access control included, to that route's shape; a request that matched no route, or
 * a route that declares none, is answered in {@link #DETAIL}, the /v1 and seed 002 shape.
 *
 * @param writer writes the status, the headers and the body of one problem
 */
public record ErrorShape(Writer writer) implements EndpointMetadata {

    /** Writes one problem as a dialect answers it; may change its status (a dialect with 400 for validation). */
    @FunctionalInterface
    public interface Writer {

        void write(HttpProblem problem, Context ctx);
    }

    /** {@code {"detail": ...}}, with FastAPI's 422 list for validation errors. */
    public static final ErrorShape DETAIL = new ErrorShape(ErrorShape::writeDetail);

    public ErrorShape {
        Objects.requireNonNull(writer, "writer");
    }

    /** The shape of the route {@code ctx} matched, or {@link #DETAIL}. */
    static ErrorShape of(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        ErrorShape shape = endpoint == null ? null : endpoint.metadata(ErrorShape.class);
        return shape == null ? DETAIL : shape;
    }

    /** The headers every shape sends with a problem: the Bearer challenge and {@code Retry-After}. */
    public static void writeHeaders(HttpProblem problem, Context ctx) {
        if (problem.bearerChallenge()) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        if (problem.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
    }

    private static void writeDetail(HttpProblem problem, Context ctx) {
        writeHeaders(problem, ctx);
        ctx.status(problem.status()).json(new ErrorBody(problem.detail()));
    }
}
