package dev.parley.http.drf;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.UnreadBodies;
import dev.parley.http.support.UploadForm;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP adapter, seed 001: a request's data as DRF's parsers and serializer fields read it. JSON, an
 * url-encoded form or a multipart form (whose text fields only) are accepted, an empty body reads as no
 * fields, and any other type is 415. Each getter records what is wrong in DRF's words instead of failing,
 * so that one 400 reports every field; call {@link #throwIfInvalid()} once everything has been read.
 * Not thread-safe.
 */
final class DrfBody {

    static final String REQUIRED = "This field is required.";
    static final String NOT_NULL = "This field may not be null.";
    static final String NOT_BLANK = "This field may not be blank.";

    private final JsonNode data;
    private final List<FieldError> errors = new ArrayList<>();

    private DrfBody(JsonNode data) {
        this.data = data;
    }

    static DrfBody read(Context ctx, ObjectMapper mapper) {
        if (ctx.isMultipartFormData() || ctx.isFormUrlencoded()) {
            return new DrfBody(form(ctx));
        }
        byte[] body = UnreadBodies.read(ctx, ctx::bodyAsBytes);
        if (body.length == 0) {
            return new DrfBody(JsonNodeFactory.instance.objectNode());
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw HttpProblem.of(415, "Unsupported media type \"" + type + "\" in request.");
        }
        return new DrfBody(json(body, mapper));
    }

    private static ObjectNode form(Context ctx) {
        Map<String, List<String>> params;
        try {
            params = UnreadBodies.read(ctx, ctx::formParamMap);
        } catch (RuntimeException e) {
            throw HttpProblem.of(400, "Multipart form parse error - the body is not a well-formed form");
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        params.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.getFirst()));
        return fields;
    }

    /** The text fields of a multipart form already read for its file. */
    static DrfBody of(UploadForm form, String... names) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            form.field(name).ifPresent(value -> fields.put(name, value));
        }
        return new DrfBody(fields);
    }

    private static JsonNode json(byte[] body, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + " column " + at.getColumnNr() + ")";
            String reason = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage().lines().findFirst()
                    .orElse("invalid JSON");
            throw HttpProblem.of(400, "JSON parse error - " + reason + where);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory body failed", e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            throw HttpProblem.invalid(new FieldError(List.of("body"), "No data provided", "null"));
        }
        if (!root.isObject()) {
            throw HttpProblem.invalid(new FieldError(List.of("body"),
                    "Invalid data. Expected a dictionary, but got " + pythonType(root) + ".", "invalid"));
        }
        return root;
    }

    boolean has(String name) {
        return data.has(name);
    }

    /** Whether {@code name} is present as null or as an empty string. */
    boolean isNullOrEmpty(String name) {
        JsonNode value = data.get(name);
        return value != null && (value.isNull() || value.isTextual() && value.textValue().isEmpty());
    }

    /**
     * A CharField: a number reads as its text, anything else but a string is refused; {@code required} is
     * whether it must be present; null and blank are refused. Null when absent or refused.
     */
    String string(String name, boolean required) {
        JsonNode value = data.get(name);
        if (value == null) {
            if (required) {
                reject(name, REQUIRED);
            }
            return null;
        }
        if (value.isNull()) {
            reject(name, NOT_NULL);
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            reject(name, "Not a valid string.");
            return null;
        }
        String text = value.asText();
        if (text.isBlank()) {
            reject(name, NOT_BLANK);
            return null;
        }
        return text;
    }

    /**
     * A primary-key field as DRF reads it: a whole number or its text; an empty form value is null.
     *
     * @return the key, or null when absent, null (allowed or refused) or refused
     */
    PrimaryKey key(String name, boolean required, boolean allowNull) {
        JsonNode value = data.get(name);
        if (value == null) {
            if (required) {
                reject(name, REQUIRED);
            }
            return null;
        }
        if (value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
            if (!allowNull) {
                reject(name, NOT_NULL);
            }
            return PrimaryKey.NONE;
        }
        Long number = null;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            number = value.longValue();
        } else if (value.isTextual() && value.textValue().strip().matches("-?\\d{1,18}")) {
            number = Long.parseLong(value.textValue().strip());
        }
        if (number == null) {
            reject(name, "Incorrect type. Expected pk value, received " + pythonType(value) + ".");
            return null;
        }
        return new PrimaryKey(number, value.asText());
    }

    /** A key the caller may not name: DRF's answer for a related object outside the field's queryset. */
    void rejectKey(String name, PrimaryKey key) {
        reject(name, "Invalid pk \"" + key.text() + "\" - object does not exist.");
    }

    void reject(String name, String message) {
        errors.add(new FieldError(List.of("body", name), message, "invalid"));
    }

    /** @throws HttpProblem a 400 listing every field error recorded so far, if there is one */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw HttpProblem.invalid(errors);
        }
    }

    private static String pythonType(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "list";
            case BOOLEAN -> "bool";
            case NUMBER -> value.isIntegralNumber() ? "int" : "float";
            case STRING -> "str";
            case NULL -> "NoneType";
            default -> "dict";
        };
    }

    /**
     * A primary key as given: its value and its text as the client wrote it, for DRF's messages.
     * {@link #NONE} is an explicit null.
     */
    record PrimaryKey(long value, String text) {

        static final PrimaryKey NONE = new PrimaryKey(0, "None");

        boolean isNone() {
            return this == NONE;
        }
    }
}
