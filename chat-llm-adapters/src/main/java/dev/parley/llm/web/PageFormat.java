package dev.parley.llm.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;

/**
 * The kinds of fetched page whose text Parley reads, told apart by the bytes first and the
 * {@code Content-Type} second: a PDF is a PDF by its signature whatever the server calls it, and an image
 * stays an image even when called text. A page without a {@code Content-Type} is sniffed.
 */
enum PageFormat {
    PDF, HTML, PLAIN_TEXT;

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int SNIFFED = 1024;

    /** The format of a page served as {@code mediaType} (null when the server named none), if Parley reads it. */
    static Optional<PageFormat> of(String mediaType, byte[] body) {
        if (startsWith(body, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        if (ImageSignatures.mediaTypeOf(body) != null) {
            return Optional.empty();
        }
        return switch (essence(mediaType)) {
            case "application/pdf" -> Optional.of(PDF);
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            case "text/plain", "text/markdown", "text/x-markdown" -> Optional.of(PLAIN_TEXT);
            case "" -> sniffed(body);
            default -> Optional.empty();
        };
    }

    /** What a page Parley does not read is, in a few words, for the refusal. */
    static String describe(String mediaType, byte[] body) {
        String image = ImageSignatures.mediaTypeOf(body);
        String essence = essence(mediaType);
        return image != null ? image : essence.isEmpty() ? "unknown type" : essence;
    }

    /** {@code type/subtype} in lower case, without parameters; "" when absent or malformed. */
    private static String essence(String mediaType) {
        MediaType parsed = mediaType == null ? null : MediaType.parse(mediaType);
        return parsed == null ? "" : (parsed.type() + "/" + parsed.subtype()).toLowerCase(Locale.ROOT);
    }

    private static Optional<PageFormat> sniffed(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, SNIFFED), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return Optional.of(HTML);
        }
        return isUtf8Text(body) ? Optional.of(PLAIN_TEXT) : Optional.empty();
    }

    /** Text by the look of it: valid UTF-8 with no NUL byte near the start (where binary formats have them). */
    private static boolean isUtf8Text(byte[] body) {
        for (int i = 0; i < Math.min(body.length, SNIFFED); i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException binary) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
