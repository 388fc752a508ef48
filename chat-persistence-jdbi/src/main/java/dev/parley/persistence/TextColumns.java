package dev.parley.persistence;

/**
 * How free text meets its columns. PostgreSQL text cannot hold the character U+0000, which a user
 * may well send, so it is stored as the private-use character U+E000 followed by {@code 0}, and a
 * real U+E000 is doubled. Text without either character is stored as it is. Both databases get
 * the same encoding, so the stored form does not depend on which one is in use.
 */
final class TextColumns {

    private static final char NUL = '\u0000';
    private static final char ESCAPE = '\uE000';
    private static final char ESCAPED_NUL = '0';

    private TextColumns() {
    }

    static String stored(String text) {
        if (text == null || text.indexOf(NUL) < 0 && text.indexOf(ESCAPE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NUL) {
                out.append(ESCAPE).append(ESCAPED_NUL);
            } else if (c == ESCAPE) {
                out.append(ESCAPE).append(ESCAPE);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String read(String stored) {
        if (stored == null || stored.indexOf(ESCAPE) < 0) {
            return stored;
        }
        StringBuilder out = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == ESCAPE && i + 1 < stored.length()) {
                i++;
                out.append(stored.charAt(i) == ESCAPED_NUL ? NUL : stored.charAt(i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
