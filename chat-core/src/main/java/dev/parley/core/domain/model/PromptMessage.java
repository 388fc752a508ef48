package dev.parley.core.domain.model;

import dev.parley.core.domain.message.Role;
import java.util.List;
import java.util.Objects;

/** Value: one message as sent to a model: its text and, for a user's message, any images. */
public record PromptMessage(Role role, String content, List<ImageInput> images) {

    public static final int MAX_IMAGES = 8;

    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        images = images == null ? List.of() : List.copyOf(images);
    }

    public PromptMessage(Role role, String content) {
        this(role, content, List.of());
    }

    public boolean hasImages() {
        return !images.isEmpty();
    }
}
