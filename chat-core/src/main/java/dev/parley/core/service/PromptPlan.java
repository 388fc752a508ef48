package dev.parley.core.service;

import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ModelBinding;
import java.util.Objects;

/** One model's attempt at a reply, worked out before calling it: the request and what to store about it. */
record PromptPlan(ModelBinding binding, ModelRequest request, RequestMetadata metadata) {

    PromptPlan {
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(metadata, "metadata");
    }

    String modelName() {
        return binding.descriptor().name();
    }
}
