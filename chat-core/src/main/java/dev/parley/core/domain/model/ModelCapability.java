package dev.parley.core.domain.model;

/** Value: something a model can do beyond plain text chat, as listed in the catalog. */
public enum ModelCapability {
    /** Answers chat messages (every model). */
    CHAT,
    /** Streams its reply token by token. */
    STREAMING,
    /** Reads images given as content parts. */
    VISION
}
