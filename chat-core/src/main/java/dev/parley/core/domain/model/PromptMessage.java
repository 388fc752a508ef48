package dev.parley.core.domain.model;

import dev.parley.core.domain.message.Role;
import java.util.Objects;

/** Value: one message as sent to a model. */
public record PromptMessage(Role role, String content) {

    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }
}
