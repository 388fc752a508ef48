package dev.parley.http.drf;

import dev.parley.http.support.Credentials;
import dev.parley.http.support.ErrorShape;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP adapter, seed 001: Django REST framework's error bodies. Validation failures are 400
 * {@code {"field": ["message"]}} ({@code non_field_errors} for the body as a whole); everything else is
 * {@code {"detail": ...}}, worded as DRF and SimpleJWT word it, with SimpleJWT's {@code "code":
 * "token_not_valid"} for a token that does not hold. Every 401 carries {@code WWW-Authenticate: Bearer
 * realm="api"}, SimpleJWT's challenge.
 */
final class DrfErrors {

    static final ErrorShape SHAPE = new ErrorShape(DrfErrors::write);

    static final String NOT_FOUND = "Not found.";
    static final String TOKEN_INVALID = "Token is invalid or expired";
    static final String NO_ACCOUNT = "No active account found with the given credentials";
    static final String NO_CREDENTIALS = "Authentication credentials were not provided.";
    static final String NO_TOKEN_TYPE = "Given token not valid for any token type";
    static final String NON_FIELD = "non_field_errors";

    private DrfErrors() {
    }

    private static void write(HttpProblem problem, Context ctx) {
        if (problem.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"api\"");
        }
        if (problem.detail() instanceof List<?> errors) {
            ctx.status(400).json(fieldErrors(errors));
            return;
        }
        String detail = problem.detail().toString();
        ctx.status(problem.status()).json(switch (problem.status()) {
            case 401 -> unauthorized(detail);
            case 404 -> Map.of("detail", NOT_FOUND);
            case 405 -> Map.of("detail", "Method \"" + ctx.method().name() + "\" not allowed.");
            case 429 -> problem.retryAfterSeconds() > 0 ? Map.of("detail", "Request was throttled. Expected available in "
                    + problem.retryAfterSeconds() + " seconds.") : Map.of("detail", detail);
            default -> Map.of("detail", detail);
        });
    }

    private static Map<String, String> unauthorized(String detail) {
        return switch (detail) {
            case Credentials.NOT_AUTHENTICATED -> Map.of("detail", NO_CREDENTIALS);
            case Credentials.INVALID -> tokenNotValid(NO_TOKEN_TYPE);
            case TOKEN_INVALID -> tokenNotValid(TOKEN_INVALID);
            default -> Map.of("detail", detail);
        };
    }

    private static Map<String, String> tokenNotValid(String detail) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("detail", detail);
        body.put("code", "token_not_valid");
        return body;
    }

    /** FastAPI-located errors ({@code ["body", "title"]}) as DRF's map of field to messages. */
    private static Map<String, List<String>> fieldErrors(List<?> errors) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Object item : errors) {
            FieldError error = (FieldError) item;
            List<Object> loc = error.loc();
            String field = loc.size() > 1 ? loc.get(1).toString() : NON_FIELD;
            byField.computeIfAbsent(field, key -> new ArrayList<>()).add(error.msg());
        }
        return byField;
    }
}
