package dev.parley.core.domain.model;

import java.util.Objects;

/**
 * Value: one entry of the model catalog: the name users pick, the provider that serves it, the id
 * that provider knows it by, and what the catalog knows about it.
 */
public record ModelDescriptor(String name, String provider, String upstreamId, ModelProfile profile) {

    public ModelDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(upstreamId, "upstreamId");
        Objects.requireNonNull(profile, "profile");
    }

    /** An entry nothing more is known about (no window, no defaults, no aliases, no fallbacks). */
    public ModelDescriptor(String name, String provider, String upstreamId) {
        this(name, provider, upstreamId, ModelProfile.UNKNOWN);
    }

    public ModelDescriptor withProfile(ModelProfile newProfile) {
        return new ModelDescriptor(name, provider, upstreamId, newProfile);
    }
}
