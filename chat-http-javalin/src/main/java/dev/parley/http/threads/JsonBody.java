package dev.parley.http.threads;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.UnreadBodies;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * A request's JSON object body as the original's views read it ({@code json.loads(request.body)}): anything
 * that is not a JSON object is 400 "Invalid JSON", and a field that is absent, null or not a string reads as
 * null, which each view then reports in its own words.
 */
final class JsonBody {

    static final String INVALID = "Invalid JSON";

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    static JsonBody read(Context ctx, ObjectMapper mapper) {
        byte[] body = UnreadBodies.read(ctx, ctx::bodyAsBytes);
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            throw HttpProblem.of(400, INVALID);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory body failed", e);
        }
        if (root == null || !root.isObject()) {
            throw HttpProblem.of(400, INVALID);
        }
        return new JsonBody(root);
    }

    /** The string field {@code name}, or null when it is absent, null or of another type. */
    String text(String name) {
        JsonNode value = root.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /** Like {@link #text}, and null also when it is blank. */
    String nonBlank(String name) {
        String value = text(name);
        return value == null || value.isBlank() ? null : value;
    }
}
