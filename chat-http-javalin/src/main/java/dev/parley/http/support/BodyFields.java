package dev.parley.http.support;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.domain.error.InvalidInputException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP support: reads the fields of a request body (or of an object inside it) as FastAPI would
 * validate them. Each getter records what is wrong instead of failing, so one 422 reports every
 * problem; call {@link #throwIfInvalid()} once everything has been read. Not thread-safe.
 */
public final class BodyFields {

    // Turns a JSON object into plain Java values; no naming strategy applies to a map's keys.
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final JsonNode node;
    private final List<Object> location;
    private final List<FieldError> errors;

    private BodyFields(JsonNode node, List<Object> location, List<FieldError> errors) {
        this.node = node;
        this.location = List.copyOf(location);
        this.errors = errors;
    }

    /** The request's JSON object body; anything else is answered 422 at once. */
    public static BodyFields json(Context ctx, ObjectMapper mapper) {
        byte[] body = UnreadBodies.read(ctx, ctx::bodyAsBytes);
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            throw HttpProblem.invalid(new FieldError(List.of("body"), "JSON decode error", "json_invalid"));
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory body failed", e);
        }
        if (root == null || root.isMissingNode()) {
            throw HttpProblem.invalid(FieldError.missing(List.of("body")));
        }
        if (!root.isObject()) {
            throw HttpProblem.invalid(new FieldError(List.of("body"),
                    "Input should be a valid dictionary or object to extract fields from", "model_attributes_type"));
        }
        return new BodyFields(root, List.of("body"), new ArrayList<>());
    }

    /**
     * The request's url-encoded form body, each field read as a string (the first value of repeated ones).
     *
     * @throws HttpProblem 415 when the Content-Type names a charset this server does not know
     */
    public static BodyFields form(Context ctx) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        // The raw header: Jetty's parsed content type throws on a charset it does not know.
        FormBody.fields(UnreadBodies.read(ctx, ctx::bodyAsBytes), ctx.header("Content-Type")).forEach(fields::put);
        return new BodyFields(fields, List.of("body"), new ArrayList<>());
    }

    /** A string that must be present and not null; null (with an error recorded) otherwise. */
    public String requiredString(String name) {
        JsonNode value = present(name, true);
        return value == null ? null : string(name, value);
    }

    /** A string that may be absent or null. */
    public String optionalString(String name) {
        JsonNode value = present(name, false);
        return value == null ? null : string(name, value);
    }

    /** One of {@code allowed}, matched ignoring case and returned as spelled in {@code allowed}. */
    public String requiredChoice(String name, List<String> allowed) {
        String value = requiredString(name);
        if (value == null) {
            return null;
        }
        for (String choice : allowed) {
            if (choice.equalsIgnoreCase(value.strip())) {
                return choice;
            }
        }
        List<String> quoted = allowed.stream().map(a -> "'" + a + "'").toList();
        String options = quoted.size() == 1 ? quoted.getFirst()
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.getLast();
        error(name, "Input should be " + options, "literal_error");
        return null;
    }

    public Long requiredLong(String name) {
        JsonNode value = present(name, true);
        return value == null ? null : integer(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public Long optionalLong(String name) {
        JsonNode value = present(name, false);
        return value == null ? null : integer(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public Integer optionalInt(String name) {
        JsonNode value = present(name, false);
        Long number = value == null ? null : integer(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return number == null ? null : number.intValue();
    }

    public Double optionalNumber(String name) {
        JsonNode value = present(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            error(name, "Input should be a valid number", "float_type");
            return null;
        }
        return value.doubleValue();
    }

    public boolean optionalBoolean(String name, boolean fallback) {
        JsonNode value = present(name, false);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            error(name, "Input should be a valid boolean", "bool_type");
            return fallback;
        }
        return value.booleanValue();
    }

    /**
     * A list of at most {@code maxItems} strings that may be absent or null (then null), as FastAPI validates
     * {@code Optional[conlist(str, max_length=maxItems)]}.
     */
    public List<String> optionalStrings(String name, int maxItems) {
        JsonNode value = present(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(name, "Input should be a valid list", "list_type");
            return null;
        }
        if (value.size() > maxItems) {
            error(name, "List should have at most " + maxItems + " item" + (maxItems == 1 ? "" : "s")
                    + " after validation, not " + value.size(), "too_long");
            return null;
        }
        return strings(value, at(name));
    }

    /**
     * A string or a list of strings that may be absent or null (then null), as OpenAI's {@code stop}; a single
     * string comes back as a list of one. A wrong type is reported as FastAPI reports a failed
     * {@code Union[str, List[str]]}: once per member, located under the member's name.
     */
    public List<String> optionalStringOrStrings(String name) {
        JsonNode value = present(name, false);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return List.of(value.textValue());
        }
        if (value.isArray() && allTextual(value)) {
            return strings(value, at(name));
        }
        List<Object> asString = at(name);
        asString.add("str");
        errors.add(new FieldError(asString, "Input should be a valid string", "string_type"));
        List<Object> asList = at(name);
        asList.add("list[str]");
        if (value.isArray()) {
            strings(value, asList);
        } else {
            errors.add(new FieldError(asList, "Input should be a valid list", "list_type"));
        }
        return null;
    }

    /**
     * Records the core's verdict on item {@code index} of the list {@code name}, located at that item; for
     * values whose rules the core owns, checked while reading so that one 422 still reports everything.
     */
    public void invalidItem(String name, int index, InvalidInputException e) {
        List<Object> loc = at(name);
        loc.add(index);
        errors.add(new FieldError(loc, e.getMessage(), "value_error"));
    }

    /** A list of objects, each read through its own {@code BodyFields} that reports into this one. */
    public List<BodyFields> requiredObjects(String name) {
        JsonNode value = present(name, true);
        return value == null ? List.of() : objects(name, value);
    }

    /** Like {@link #requiredObjects}, for a list that may be absent or null (then empty). */
    public List<BodyFields> optionalObjects(String name) {
        JsonNode value = present(name, false);
        return value == null ? List.of() : objects(name, value);
    }

    /**
     * A JSON object of any content that may be absent or null (then null), as plain Java values: maps,
     * lists, strings, numbers, booleans and nulls.
     */
    public Map<String, Object> optionalObject(String name) {
        JsonNode value = present(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            error(name, "Input should be a valid dictionary", "dict_type");
            return null;
        }
        return PLAIN.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** A JSON object of strings that may be absent or null (then null); a value that is no string is reported at its key. */
    public Map<String, String> optionalStringMap(String name) {
        JsonNode value = present(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            error(name, "Input should be a valid dictionary", "dict_type");
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        value.properties().forEach(entry -> {
            if (entry.getValue().isTextual()) {
                strings.put(entry.getKey(), entry.getValue().textValue());
            } else {
                List<Object> loc = at(name);
                loc.add(entry.getKey());
                errors.add(new FieldError(loc, "Input should be a valid string", "string_type"));
            }
        });
        return strings;
    }

    private List<BodyFields> objects(String name, JsonNode value) {
        if (!value.isArray()) {
            error(name, "Input should be a valid list", "list_type");
            return List.of();
        }
        List<BodyFields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            List<Object> itemLocation = at(name);
            itemLocation.add(i);
            JsonNode item = value.get(i);
            if (item.isObject()) {
                items.add(new BodyFields(item, itemLocation, errors));
            } else {
                errors.add(new FieldError(itemLocation,
                        "Input should be a valid dictionary or object to extract fields from", "model_attributes_type"));
            }
        }
        return items;
    }

    /** @throws HttpProblem 422 listing every problem recorded so far, if there is one */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw HttpProblem.invalid(errors);
        }
    }

    private JsonNode present(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isMissingNode()) {
            if (required) {
                errors.add(FieldError.missing(at(name)));
            }
            return null;
        }
        // A required field's null falls through, so its type check reports it as FastAPI does.
        return value.isNull() && !required ? null : value;
    }

    private String string(String name, JsonNode value) {
        if (!value.isTextual()) {
            error(name, "Input should be a valid string", "string_type");
            return null;
        }
        return value.textValue();
    }

    private static boolean allTextual(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private List<String> strings(JsonNode array, List<Object> arrayLocation) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isTextual()) {
                strings.add(item.textValue());
            } else {
                List<Object> itemLocation = new ArrayList<>(arrayLocation);
                itemLocation.add(i);
                errors.add(new FieldError(itemLocation, "Input should be a valid string", "string_type"));
            }
        }
        return strings;
    }

    private Long integer(String name, JsonNode value, long min, long max) {
        boolean integral = value.isIntegralNumber()
                || (value.isFloatingPointNumber() && value.doubleValue() == Math.rint(value.doubleValue()));
        if (!value.isNumber() || !integral) {
            error(name, "Input should be a valid integer", "int_type");
            return null;
        }
        if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            error(name, "Input should be a valid integer, the number is too large", "int_parsing_size");
            return null;
        }
        return value.longValue();
    }

    private void error(String name, String message, String type) {
        errors.add(new FieldError(at(name), message, type));
    }

    private List<Object> at(String name) {
        List<Object> loc = new ArrayList<>(location);
        loc.add(name);
        return loc;
    }
}
