package dev.parley.http.stream;

import dev.parley.core.domain.prompt.Prompt;
import java.time.Instant;
import java.util.Map;

/** Response: a prompt of the library in seed 002's shape, which /v1 shares; {@code is_template} marks a system template. */
public record PromptResponse(
        long id,
        String title,
        String content,
        String scenario,
        String description,
        Map<String, Object> metadata,
        boolean isTemplate,
        long usageCount,
        Instant createdAt,
        Instant updatedAt) {

    public static PromptResponse of(Prompt prompt) {
        return new PromptResponse(prompt.id().value(), prompt.title(), prompt.content(), prompt.scenario(),
                prompt.description(), prompt.metadata(), prompt.isTemplate(), prompt.usageCount(), prompt.createdAt(),
                prompt.updatedAt());
    }
}
