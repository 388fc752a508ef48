package dev.parley.core.service;

/**
 * Configuration value: how the core behaves as a whole. {@code singleUser} makes every request act
 * as one local user without any credential, for a person running Parley for themselves; it is off
 * unless the embedder turns it on.
 */
public record CoreOptions(boolean singleUser) {

    /** Multi-user: every request proves who it is. */
    public static CoreOptions defaults() {
        return new CoreOptions(false);
    }
}
