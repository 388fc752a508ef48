package dev.parley.llm.extract;

/** Searching raw PDF bytes, which are not text. */
final class Bytes {

    private Bytes() {
    }

    /** Where {@code wanted} starts in {@code bytes} at or after {@code from} and before {@code to}, or -1. */
    static int indexOf(byte[] bytes, byte[] wanted, int from, int to) {
        int last = Math.min(to, bytes.length) - wanted.length;
        for (int at = Math.max(from, 0); at <= last; at++) {
            if (startsAt(bytes, wanted, at)) {
                return at;
            }
        }
        return -1;
    }

    static boolean startsAt(byte[] bytes, byte[] wanted, int at) {
        if (at < 0 || at + wanted.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (bytes[at + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }
}
