package dev.parley.core.service;

/**
 * Configuration value: how the core behaves as a whole. {@code singleUser} makes every request act
 * as one local user without any credential, for a person running Parley for themselves; it is off
 * unless the embedder turns it on. {@code maxUploadBytes} is the largest file an upload may hold.
 */
public record CoreOptions(boolean singleUser, long maxUploadBytes) {

    /** Seed 002's documented limit: 10 MB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    public CoreOptions {
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be at least one byte");
        }
    }

    public CoreOptions(boolean singleUser) {
        this(singleUser, DEFAULT_MAX_UPLOAD_BYTES);
    }

    /** Multi-user, with the default upload limit. */
    public static CoreOptions defaults() {
        return new CoreOptions(false);
    }
}
