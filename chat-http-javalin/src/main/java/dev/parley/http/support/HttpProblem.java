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
    private final long retryAfterSeconds;

    private HttpProblem(int status, Object detail, boolean bearerChallenge, long retryAfterSeconds) {
        // No stack trace: this is an answer to a client, not a fault to debug.
        super(detail.toString(), null, false, false);
        this.status = status;
        this.detail = detail;
        this.bearerChallenge = bearerChallenge;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static HttpProblem of(int status, String detail) {
        return new HttpProblem(status, detail, false, 0);
    }

    /** 401 with a {@code WWW-Authenticate: Bearer} challenge. */
    public static HttpProblem unauthorized(String detail) {
        return new HttpProblem(401, detail, true, 0);
    }

    /** 429 with a {@code Retry-After} of {@code retryAfterSeconds}. */
    public static HttpProblem tooManyRequests(String detail, long retryAfterSeconds) {
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds must be positive: " + retryAfterSeconds);
        }
        return new HttpProblem(429, detail, false, retryAfterSeconds);
    }

    /** 422 in FastAPI's validation shape. */
    public static HttpProblem invalid(List<FieldError> errors) {
        return new HttpProblem(422, List.copyOf(errors), false, 0);
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

    /** The seconds a client should wait before trying again, or 0 when the answer says nothing about it. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
