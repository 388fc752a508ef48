package dev.parley.core.domain.prompt;

import dev.parley.core.domain.common.PageRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * Value: which prompts a user lists: their own, and the system templates unless
 * {@code includeTemplates} is false; optionally only one scenario, and only those whose title,
 * content or description contains {@code search} (ignoring case); a page of them, newest first
 * (templates after the user's own).
 */
public record PromptQuery(Optional<String> scenario, boolean includeTemplates, Optional<String> search,
        PageRequest page) {

    public PromptQuery {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(page, "page");
    }
}
