package dev.parley.core.domain.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Domain rule: what a file is, told from its bytes alone, never from its name or the type a client
 * claims. PDF, PNG, JPEG, GIF and WebP by their signatures; text when the bytes are UTF-8 (with or
 * without a byte-order mark) holding no NUL, and Markdown when such text has Markdown's marks.
 */
public final class FileTypes {

    /** A detected type: its kind and the media type it is stored and served as. */
    public record Detected(FileKind kind, String mediaType) {
    }

    private static final Pattern MARKDOWN = Pattern.compile(
            "(?m)^(#{1,6} \\S|```|[-*+] \\S|\\d+\\. \\S|> \\S)|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|\\*\\*[^*\\n]+\\*\\*");

    private FileTypes() {
    }

    public static Optional<Detected> detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0)) {
            return Optional.of(new Detected(FileKind.PDF, "application/pdf"));
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0)) {
            return Optional.of(new Detected(FileKind.IMAGE, "image/png"));
        }
        if (startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, 0)) {
            return Optional.of(new Detected(FileKind.IMAGE, "image/jpeg"));
        }
        if (startsWith(bytes, ascii("GIF87a"), 0) || startsWith(bytes, ascii("GIF89a"), 0)) {
            return Optional.of(new Detected(FileKind.IMAGE, "image/gif"));
        }
        if (startsWith(bytes, ascii("RIFF"), 0) && startsWith(bytes, ascii("WEBP"), 8)) {
            return Optional.of(new Detected(FileKind.IMAGE, "image/webp"));
        }
        return text(bytes).map(text -> MARKDOWN.matcher(text).find()
                ? new Detected(FileKind.MARKDOWN, "text/markdown; charset=utf-8")
                : new Detected(FileKind.TEXT, "text/plain; charset=utf-8"));
    }

    /** The bytes as text when they are UTF-8 without NUL (a leading byte-order mark dropped), else empty. */
    public static Optional<String> text(byte[] bytes) {
        int start = startsWith(bytes, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, 0) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        return bytes.length >= at + prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
