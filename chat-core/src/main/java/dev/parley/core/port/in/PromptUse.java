package dev.parley.core.port.in;

import dev.parley.core.domain.prompt.PromptId;
import java.util.Map;
import java.util.Objects;

/** Value: a library prompt to render, with its variables, in place of text a user typed. */
public record PromptUse(PromptId prompt, Map<String, String> variables) {

    public PromptUse {
        Objects.requireNonNull(prompt, "prompt");
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
