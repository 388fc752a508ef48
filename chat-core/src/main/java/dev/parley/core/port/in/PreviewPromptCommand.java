package dev.parley.core.port.in;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.user.UserId;
import java.util.Map;
import java.util.Objects;

/**
 * Command: render a library prompt ({@code prompt}) or a template given inline ({@code content}) —
 * exactly one of them — with {@code variables}, and ask a model ({@code model}, or the default when
 * null) for its answer.
 */
public record PreviewPromptCommand(UserId user, PromptId prompt, String content, Map<String, String> variables,
        String model) {

    public PreviewPromptCommand {
        Objects.requireNonNull(user, "user");
        if ((prompt == null) == (content == null)) {
            throw new InvalidInputException("prompt_id", "give either prompt_id or content");
        }
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
