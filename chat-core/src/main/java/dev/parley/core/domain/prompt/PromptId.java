package dev.parley.core.domain.prompt;

/** Value: a prompt's identity, assigned by the store. */
public record PromptId(long value) {

    public PromptId {
        if (value <= 0) {
            throw new IllegalArgumentException("prompt ids are positive: " + value);
        }
    }
}
