package dev.parley.llm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.util.regex.Pattern;

/**
 * Provider plumbing: Parley's own sentences for a provider's failures, which users may see, and the
 * scrubbing that makes a provider's explanation safe to log: the key, anything shaped like a key
 * (masked or not) and bearer or basic credentials removed, control characters flattened so it cannot
 * forge log lines, and shortened. Thread-safe.
 */
public final class ProviderText {

    private static final int MAX_DETAIL = 300;
    private static final Pattern ENUMERATION = Pattern.compile("[a-z]+(?:_[a-z]+)*");
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?<![A-Za-z0-9])sk-[\\w*.-]+|\\S*\\*{3,}\\S*|(?i:bearer|basic)\\s+\\S+");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    private final String providerName;
    private final String apiKey;

    /** {@code apiKey} is null for a provider that needs none. */
    public ProviderText(String providerName, String apiKey) {
        this.providerName = providerName;
        this.apiKey = apiKey;
    }

    public String providerName() {
        return providerName;
    }

    /** The fixed sentence for {@code kind}; {@code detail} is Parley's own words, such as "HTTP 429". */
    public String sentence(Kind kind, String detail) {
        String provider = "The model provider " + providerName;
        return switch (kind) {
            case AUTHENTICATION -> provider + " refused Parley's credentials (" + detail + ").";
            case RATE_LIMITED -> provider + " refused for its rate or quota limits (" + detail + "); try again later.";
            case REJECTED -> provider + " rejected the request (" + detail + ").";
            case UNAVAILABLE, TIMEOUT -> provider + " is unavailable (" + detail + "); try again later.";
            case PROTOCOL -> provider + " sent a reply Parley cannot read (" + detail + ").";
        };
    }

    /**
     * The candidate's text when it has the shape of an enumeration constant (lowercase words joined by
     * underscores, no digits, at most 64 characters, not part of the key), so users may see it; else null.
     */
    public String enumeration(JsonNode candidate) {
        String token = candidate != null && candidate.isTextual() ? candidate.asText() : "";
        boolean safe = token.length() <= 64 && ENUMERATION.matcher(token).matches()
                && (apiKey == null || !apiKey.contains(token));
        return safe ? token : null;
    }

    /** {@code text} fit for a log line. */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        String safe = apiKey == null ? text : text.replace(apiKey, "[redacted]");
        safe = KEY_SHAPED.matcher(safe).replaceAll("[redacted]");
        safe = UNPRINTABLE.matcher(safe).replaceAll(" ").strip();
        return safe.length() <= MAX_DETAIL ? safe : safe.substring(0, MAX_DETAIL) + "…";
    }

    /** The body's {@code {"error": {...}}}, or the whole body for a bare error object; null when not JSON. */
    public static JsonNode errorObjectOf(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = json.readTree(body);
            return root == null || root.isMissingNode() ? null : root.has("error") ? root.path("error") : root;
        } catch (JsonProcessingException notJson) {
            // Proxies and load balancers answer with HTML pages; their text would only be noise.
            return null;
        }
    }

    /** A JSON parser's own message without the excerpt of the input it appends. */
    static String detailOf(Throwable cause) {
        return cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
    }
}
