package dev.parley.core.domain.prompt;

import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Entity: a prompt in the library: a template whose {@code {variables}} are filled in when it is
 * used. A system template ({@code owner} null, {@code template} true) ships with Parley: every user
 * sees it, only admins change it. {@code metadata} is free-form JSON-like data (maps, lists,
 * strings, numbers, booleans), such as {@code {"tags": [...]}}.
 */
public record Prompt(
        PromptId id,
        UserId owner,
        String title,
        String content,
        String scenario,
        String description,
        Map<String, Object> metadata,
        long usageCount,
        Instant createdAt,
        Instant updatedAt) {

    public Prompt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether this is one of the system templates shipped with Parley. */
    public boolean isTemplate() {
        return owner == null;
    }

    public boolean isVisibleTo(UserId user) {
        return owner == null || owner.equals(user);
    }
}
