package dev.parley.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates what an OpenAI-compatible server (or the network) did wrong into a
 * {@link ProviderException} whose message Parley may show its users, and logs the server's own
 * explanation for operators.
 *
 * <p>A message is a fixed sentence per kind that names the provider and the HTTP status but quotes
 * nothing the server wrote, because servers echo masked keys, organisation ids and account limits.
 * One exception keeps {@code REJECTED} and {@code RATE_LIMITED} actionable: the server's error
 * {@code code} (else its {@code type}), such as {@code context_length_exceeded} or
 * {@code insufficient_quota}, is appended when it has the shape of an enumeration constant
 * (lowercase words joined by underscores, no digits, at most 64 characters, not part of the key).
 * {@code AUTHENTICATION} messages carry nothing from the server at all.
 *
 * <p>The explanation is logged at WARN, with the key, anything shaped like a key (masked or not) and
 * bearer tokens removed, control characters flattened so it cannot forge log lines, and shortened.
 */
final class OpenAiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiErrors.class);
    private static final int MAX_DETAIL = 300;
    private static final Pattern ENUMERATION = Pattern.compile("[a-z]+(?:_[a-z]+)*");
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?<![A-Za-z0-9])sk-[\\w*.-]+|\\S*\\*{3,}\\S*|(?i:bearer)\\s+\\S+");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
    /** How much of an error body is read: enough for any JSON explanation, not a whole HTML page. */
    static final long MAX_ERROR_BODY = 64 * 1024;

    private final OpenAiSettings settings;

    OpenAiErrors(OpenAiSettings settings) {
        this.settings = settings;
    }

    static Kind kindOf(int status) {
        return switch (status) {
            case 401, 403 -> Kind.AUTHENTICATION;
            case 429 -> Kind.RATE_LIMITED;
            default -> status >= 500 ? Kind.UNAVAILABLE : status >= 400 ? Kind.REJECTED : Kind.PROTOCOL;
        };
    }

    /** A non-2xx answer, with the (possibly truncated) body the server sent. */
    ProviderException fromStatus(int status, String body) {
        JsonNode error = errorObjectOf(body);
        Kind kind = kindOf(status);
        LOG.warn("Provider {} answered HTTP {} ({}): {}", settings.providerName(), status, kind,
                error == null ? "no JSON explanation" : scrub(messageOf(error)));
        return new ProviderException(kind, settings.providerName(), status,
                sentence(kind, "HTTP " + status, error));
    }

    /** An {@code "error"} object inside a 200 answer, such as a failure in the middle of a stream. */
    ProviderException fromErrorObject(JsonNode error) {
        Kind kind = kindOf(error);
        LOG.warn("Provider {} reported an error while answering ({}): {}", settings.providerName(), kind,
                scrub(messageOf(error)));
        return new ProviderException(kind, settings.providerName(), 200, sentence(kind, "while answering", error));
    }

    ProviderException fromIo(IOException failure) {
        String provider = settings.providerName();
        LOG.warn("Provider {} failed on the network: {}", provider,
                scrub(failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        if (failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException
                && "timeout".equals(failure.getMessage())) {
            return new ProviderException(Kind.TIMEOUT, provider, "The model provider " + provider
                    + " sent nothing for " + settings.readTimeout().toMillis() + " ms.", failure);
        }
        return new ProviderException(Kind.UNAVAILABLE, provider, "The model provider " + provider
                + " could not be reached or dropped the connection; try again later.", failure);
    }

    /**
     * {@code problem} is Parley's own words and reaches users. The cause's text (a JSON parser quotes
     * what it choked on) is only logged, scrubbed, and not attached, so no later log prints it raw.
     */
    ProviderException protocol(String problem, Throwable cause) {
        LOG.warn("Provider {} sent a reply Parley cannot read: {}{}", settings.providerName(), problem,
                cause == null ? "" : " (" + scrub(detailOf(cause)) + ")");
        return new ProviderException(Kind.PROTOCOL, settings.providerName(),
                "The model provider " + settings.providerName() + " sent a reply Parley cannot read: " + problem + ".",
                null);
    }

    private String sentence(Kind kind, String context, JsonNode error) {
        String provider = "The model provider " + settings.providerName();
        String code = kind == Kind.REJECTED || kind == Kind.RATE_LIMITED ? enumerationOf(error) : null;
        String detail = "(" + context + (code == null ? "" : ", " + code) + ")";
        return switch (kind) {
            case AUTHENTICATION -> provider + " refused Parley's credentials " + detail + ".";
            case RATE_LIMITED -> provider + " refused for its rate or quota limits " + detail + "; try again later.";
            case REJECTED -> provider + " rejected the request " + detail + ".";
            case UNAVAILABLE, TIMEOUT -> provider + " is unavailable " + detail + "; try again later.";
            case PROTOCOL -> provider + " sent a reply Parley cannot read " + detail + ".";
        };
    }

    private String enumerationOf(JsonNode error) {
        if (error == null) {
            return null;
        }
        for (JsonNode candidate : new JsonNode[] {error.path("code"), error.path("type")}) {
            String token = candidate.isTextual() ? candidate.asText() : "";
            if (token.length() <= 64 && ENUMERATION.matcher(token).matches()
                    && (settings.apiKey() == null || !settings.apiKey().contains(token))) {
                return token;
            }
        }
        return null;
    }

    private Kind kindOf(JsonNode error) {
        JsonNode code = error.path("code");
        if (code.canConvertToInt() && code.asInt() >= 400) {
            return kindOf(code.asInt());
        }
        String words = (error.path("type").asText("") + " " + code.asText("")).toLowerCase(Locale.ROOT);
        if (words.contains("rate_limit") || words.contains("quota")) {
            return Kind.RATE_LIMITED;
        }
        if (words.contains("api_key") || words.contains("authentication") || words.contains("permission")) {
            return Kind.AUTHENTICATION;
        }
        if (words.contains("invalid_request") || words.contains("badrequest")) {
            return Kind.REJECTED;
        }
        return Kind.UNAVAILABLE;
    }

    /** OpenAI's {@code {"error": {...}}}, or the whole body for servers that answer the object bare. */
    private static JsonNode errorObjectOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = OpenAiWire.JSON.readTree(body);
            return root == null || root.isMissingNode() ? null : root.has("error") ? root.path("error") : root;
        } catch (JsonProcessingException notJson) {
            // Proxies answer with HTML pages; their text would only be noise.
            return null;
        }
    }

    /** Reads OpenAI's {@code {"message": ...}}, a bare string, or the {@code "detail"} some servers use. */
    private static String messageOf(JsonNode error) {
        JsonNode text = error.isTextual() ? error
                : error.path("message").isTextual() ? error.path("message")
                : error.path("detail");
        return text.isTextual() && !text.asText().isBlank() ? text.asText() : "no explanation given";
    }

    private static String detailOf(Throwable cause) {
        return cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
    }

    private String scrub(String text) {
        if (text == null) {
            return "";
        }
        String safe = settings.apiKey() == null ? text : text.replace(settings.apiKey(), "[redacted]");
        safe = KEY_SHAPED.matcher(safe).replaceAll("[redacted]");
        safe = UNPRINTABLE.matcher(safe).replaceAll(" ").strip();
        return safe.length() <= MAX_DETAIL ? safe : safe.substring(0, MAX_DETAIL) + "…";
    }
}
