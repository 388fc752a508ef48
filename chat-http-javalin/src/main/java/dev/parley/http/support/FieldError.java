package dev.parley.http.support;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Value: one entry of a FastAPI-style validation error, {@code {"loc": [...], "msg": ..., "type": ...}}.
 *
 * @param loc where the bad input is: {@code "body"}, {@code "query"} or {@code "path"}, then field names and list indexes
 */
public record FieldError(List<Object> loc, String msg, String type) {

    public FieldError {
        loc = List.copyOf(loc);
        Objects.requireNonNull(msg, "msg");
        Objects.requireNonNull(type, "type");
    }

    public static FieldError missing(List<Object> loc) {
        return new FieldError(loc, "Field required", "missing");
    }

    /** The core's validation failure, placed under {@code source}; a dotted field such as "messages.0.role" becomes a path. */
    public static FieldError of(String source, InvalidInputException e) {
        List<Object> loc = new ArrayList<>();
        loc.add(source);
        String field = e.field();
        if (field != null && !field.isBlank()) {
            for (String part : field.split("\\.")) {
                loc.add(part.chars().allMatch(Character::isDigit) && !part.isEmpty() ? Integer.valueOf(part) : part);
            }
        }
        return new FieldError(loc, e.getMessage(), "value_error");
    }
}
