package dev.parley.core.port.in;

import java.util.Objects;

/** Result: a model's answer to a rendered prompt, what it cost in tokens, and which model gave it. */
public record PromptPreview(String preview, int tokensUsed, String modelUsed) {

    public PromptPreview {
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(modelUsed, "modelUsed");
    }
}
