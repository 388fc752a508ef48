package dev.parley.core.domain.prompt;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.Map;
import java.util.Objects;

/**
 * Value: the parts of a prompt a user writes, checked: a title (1–200 characters), content (1–50,000
 * characters, a valid template), an optional scenario (up to 100) and description (up to 2,000), and
 * metadata of at most 10,000 characters when written as JSON.
 */
public record PromptDraft(String title, String content, String scenario, String description,
        Map<String, Object> metadata) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_CONTENT = 50_000;
    public static final int MAX_SCENARIO = 100;
    public static final int MAX_DESCRIPTION = 2_000;

    public PromptDraft {
        title = required(title, "title", MAX_TITLE);
        content = required(content, "content", MAX_CONTENT);
        PromptTemplate.parse(content);
        scenario = optional(scenario, "scenario", MAX_SCENARIO);
        description = optional(description, "description", MAX_DESCRIPTION);
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        if (JsonSize.of(metadata) > 10_000) {
            throw new InvalidInputException("metadata", "metadata may hold at most 10000 characters");
        }
    }

    private static String required(String value, String field, int max) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        return optional(value, field, max);
    }

    private static String optional(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, field + " may hold at most " + max + " characters");
        }
        return value;
    }
}
