package dev.parley.http.support;

import java.nio.charset.StandardCharsets;

/**
 * HTTP support: the {@code Content-Disposition} of a download, after RFC 6266: an ASCII {@code filename}
 * for old clients (every character outside printable ASCII, and every quote and backslash, replaced by
 * {@code _}) and the exact name in {@code filename*} as percent-encoded UTF-8 (RFC 8187). Neither can
 * carry a quote, CR or LF, so a file's name cannot end the header or add another.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + percentEncoded(filename);
    }

    static String asciiFallback(String filename) {
        StringBuilder out = new StringBuilder();
        filename.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187's value-chars: its attr-chars as they are, every other byte of the UTF-8 as {@code %XX}. */
    static String percentEncoded(String filename) {
        StringBuilder out = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isAttrChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
