package dev.parley.llm.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The image formats models read, told apart by their first bytes rather than by any name or header. */
final class ImageSignatures {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private ImageSignatures() {
    }

    /** "image/png", "image/jpeg", "image/webp" or "image/gif", or null for anything else. */
    static String mediaTypeOf(byte[] bytes) {
        if (startsWith(bytes, PNG, 0)) {
            return "image/png";
        }
        if (startsWith(bytes, JPEG, 0)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, ascii("GIF87a"), 0) || startsWith(bytes, ascii("GIF89a"), 0)) {
            return "image/gif";
        }
        if (startsWith(bytes, ascii("RIFF"), 0) && startsWith(bytes, ascii("WEBP"), 8)) {
            return "image/webp";
        }
        return null;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        return bytes.length >= at + prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
