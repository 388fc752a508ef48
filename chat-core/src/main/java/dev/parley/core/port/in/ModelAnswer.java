package dev.parley.core.port.in;

import dev.parley.core.domain.message.TokenUsage;
import java.util.Objects;

/**
 * Result: a model's answer to one question: its text, the model that answered, the tokens charged, and
 * whether the document had to be cut to fit the model's context window.
 */
public record ModelAnswer(String text, String model, TokenUsage usage, boolean documentTruncated) {

    public ModelAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(usage, "usage");
    }
}
