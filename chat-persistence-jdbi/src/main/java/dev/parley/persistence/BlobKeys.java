package dev.parley.persistence;

import java.util.regex.Pattern;

/**
 * The shape every stored blob's key must have: 1 to 64 of {@code [A-Za-z0-9_-]}. Nothing else is
 * accepted, so a key is always one plain file name (no separator, no dot, never {@code ..}) and one
 * URL segment, whatever the caller got wrong.
 */
final class BlobKeys {

    static final int MAX_LENGTH = 64;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private BlobKeys() {
    }

    /** {@code key} itself, once it is known to be a valid key. */
    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            // The length, not the key: an invalid key may hold anything, including line breaks for the log.
            throw new IllegalArgumentException("a blob key is 1 to " + MAX_LENGTH
                    + " of A-Z, a-z, 0-9, '_' and '-'; got " + (key == null ? "null" : key.length() + " characters"));
        }
        return key;
    }
}
