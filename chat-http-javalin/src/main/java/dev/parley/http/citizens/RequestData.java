package dev.parley.http.citizens;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.UnreadBodies;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request body's fields as Django REST framework's default parsers read them ({@code request.data}):
 * JSON, or an url-encoded form. A body without a Content-Type is read as JSON, and an empty body as no
 * fields at all. Strings are read as DRF's {@code CharField} reads them: a number becomes its text,
 * anything else is refused. Problems are collected, then answered at once by {@link #throwIfInvalid()}
 * as 400. Not thread-safe.
 */
final class RequestData {

    private final JsonNode fields;
    private final List<String> errors = new ArrayList<>();

    private RequestData(JsonNode fields) {
        this.fields = fields;
    }

    /**
     * The body's fields; a form's only under {@code names}.
     *
     * @throws HttpProblem 400 for malformed JSON or JSON that is no object, 415 for any other media type
     */
    static RequestData read(Context ctx, ObjectMapper mapper, String... names) {
        String type = mediaType(ctx.header("Content-Type"));
        if (type.equals("application/x-www-form-urlencoded")) {
            BodyFields form = BodyFields.form(ctx);
            ObjectNode fields = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                String value = form.optionalString(name);
                if (value != null) {
                    fields.put(name, value);
                }
            }
            return new RequestData(fields);
        }
        if (!type.isEmpty() && !type.equals("application/json") && !type.endsWith("+json")) {
            throw HttpProblem.of(415, "Unsupported media type \"" + type + "\" in request.");
        }
        return new RequestData(json(UnreadBodies.read(ctx, ctx::bodyAsBytes), mapper));
    }

    private static JsonNode json(byte[] body, ObjectMapper mapper) {
        if (body.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            throw HttpProblem.of(400, "JSON parse error - " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory body failed", e);
        }
        if (root == null || root.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!root.isObject()) {
            throw HttpProblem.of(400, "Invalid data. Expected a dictionary, but got " + typeName(root) + ".");
        }
        return root;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String typeName(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "list";
            case STRING -> "str";
            case NUMBER -> node.isIntegralNumber() ? "int" : "float";
            case BOOLEAN -> "bool";
            default -> "NoneType";
        };
    }

    /** A string that must be present, not null and not blank; null (with an error recorded) otherwise. */
    String required(String name) {
        JsonNode value = fields.get(name);
        if (value == null) {
            errors.add(name + ": This field is required.");
            return null;
        }
        String text = optional(name);
        if (value.isNull()) {
            errors.add(name + ": This field may not be null.");
        } else if (text != null && text.isBlank()) {
            errors.add(name + ": This field may not be blank.");
            return null;
        }
        return text;
    }

    /** A string that may be absent or null (then null). */
    String optional(String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.asText();
        }
        errors.add(name + ": Not a valid string.");
        return null;
    }

    /** @throws HttpProblem 400 naming every problem recorded so far, if there is one */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw HttpProblem.of(400, String.join(" ", errors));
        }
    }
}
