package dev.parley.http.support;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.List;

/**
 * HTTP support: a request the adapter refuses before or instead of asking the core, carrying the
 * status and the {@code detail} to answer with. Thrown by handlers, written by {@link ErrorResponses}.
 */
public final class HttpProblem extends RuntimeException {

    private final int status;
    private final transient Object detail;
    private final boolean bearerChallenge;

    private HttpProblem(int status, Object detail, boolean bearerChallenge) {
        // No stack trace: this is an answer to a client, not a fault to debug.
        super(detail.toString(), null, false, false);
        this.status = status;
        this.detail = detail;
        this.bearerChallenge = bearerChallenge;
    }

    public static HttpProblem of(int status, String detail) {
        return new HttpProblem(status, detail, false);
    }

    /** 401 with a {@code WWW-Authenticate: Bearer} challenge. */
    public static HttpProblem unauthorized(String detail) {
        return new HttpProblem(401, detail, true);
    }

    /** 422 in FastAPI's validation shape. */
    public static HttpProblem invalid(List<FieldError> errors) {
        return new HttpProblem(422, List.copyOf(errors), false);
    }

    public static HttpProblem invalid(FieldError error) {
        return invalid(List.of(error));
    }

    /** 422 for the core's validation failure, located under {@code source} ("body", "query" or "path"). */
    public static HttpProblem invalid(String source, InvalidInputException e) {
        return invalid(FieldError.of(source, e));
    }

    public int status() {
        return status;
    }

    public Object detail() {
        return detail;
    }

    public boolean bearerChallenge() {
        return bearerChallenge;
    }
}
