package dev.parley.core.domain.model;

import java.util.List;
import java.util.Objects;

/** Value: everything a provider needs for one reply: its own model id, the messages, the options. */
public record ModelRequest(String upstreamModel, List<PromptMessage> messages, GenerationOptions options) {

    public ModelRequest {
        Objects.requireNonNull(upstreamModel, "upstreamModel");
        messages = List.copyOf(messages);
        Objects.requireNonNull(options, "options");
    }
}
