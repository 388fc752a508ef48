package dev.parley.core.domain.model;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Value: an image a user shows the model, as OpenAI's {@code image_url} carries it: either an
 * {@code http(s)} URL the provider fetches itself, or a {@code data:image/...;base64,} URL holding
 * the bytes. Only PNG, JPEG, WebP and GIF are accepted.
 */
public record ImageInput(String url) {

    public static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");
    /** The longest URL accepted, data URLs included (about 7.5 MB of image). */
    public static final int MAX_URL_LENGTH = 10_000_000;

    public ImageInput {
        Objects.requireNonNull(url, "url");
        if (url.length() > MAX_URL_LENGTH) {
            throw new InvalidInputException("images", "an image may hold at most " + MAX_URL_LENGTH + " characters");
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) {
            int comma = url.indexOf(',');
            String header = comma < 0 ? "" : lower.substring(5, comma);
            if (comma < 0 || !header.endsWith(";base64") || !MEDIA_TYPES.contains(header.substring(0, header.length() - 7))
                    || !isBase64(url, comma + 1)) {
                throw new InvalidInputException("images",
                        "an inline image must be a data:image/(png|jpeg|webp|gif);base64, URL");
            }
        } else if (!(lower.startsWith("https://") || lower.startsWith("http://")) || url.length() < 9
                || url.chars().anyMatch(c -> c <= ' ')) {
            throw new InvalidInputException("images", "an image must be an http(s) URL or a data: URL");
        }
    }

    public boolean isInline() {
        return url.regionMatches(true, 0, "data:", 0, 5);
    }

    /** The media type of an inline image ("image/png"), or null for a URL. */
    public String mediaType() {
        return isInline() ? url.substring(5, url.indexOf(';')).toLowerCase(Locale.ROOT) : null;
    }

    /** The base64 bytes of an inline image, or null for a URL. */
    public String base64Data() {
        return isInline() ? url.substring(url.indexOf(',') + 1) : null;
    }

    private static boolean isBase64(String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '=';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
