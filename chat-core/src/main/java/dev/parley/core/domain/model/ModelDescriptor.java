package dev.parley.core.domain.model;

import java.util.Objects;

/**
 * Value: one entry of the model catalog: the name users pick, the provider that serves it, and
 * the id that provider knows it by.
 */
public record ModelDescriptor(String name, String provider, String upstreamId) {

    public ModelDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(upstreamId, "upstreamId");
    }
}
