package dev.parley.core.port.out;

import dev.parley.core.domain.model.ModelDescriptor;
import java.util.Objects;

/** Outgoing port value: a catalog entry together with the {@link ChatModel} that serves it. */
public record ModelBinding(ModelDescriptor descriptor, ChatModel model) {

    public ModelBinding {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(model, "model");
    }
}
