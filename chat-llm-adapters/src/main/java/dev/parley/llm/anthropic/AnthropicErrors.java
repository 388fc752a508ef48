package dev.parley.llm.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates what Anthropic's API (or the network) did wrong into a {@link ProviderException} whose
 * message Parley may show its users, and logs Anthropic's own explanation for operators.
 *
 * <p>Statuses: 401 and 403 are {@code AUTHENTICATION}, 429 {@code RATE_LIMITED}, 529 (overloaded)
 * and every other 5xx {@code UNAVAILABLE}, any other 4xx {@code REJECTED}. An {@code error} event in
 * the middle of a stream maps by its error type the same way ({@code overloaded_error} and
 * {@code api_error} are {@code UNAVAILABLE}).
 *
 * <p>A message is a fixed sentence per kind that names the provider and the HTTP status but quotes
 * nothing the server wrote. Except for {@code AUTHENTICATION}, it ends with Anthropic's error type,
 * such as {@code invalid_request_error} or {@code overloaded_error}, when that has the shape of an
 * enumeration constant (lowercase words joined by underscores, no digits, at most 64 characters,
 * not part of the key). The explanation is logged at WARN, with the key, anything shaped like a key
 * and bearer tokens removed, control characters flattened so it cannot forge log lines, and shortened.
 */
final class AnthropicErrors {

    private static final Logger LOG = LoggerFactory.getLogger(AnthropicErrors.class);
    private static final int MAX_DETAIL = 300;
    private static final Pattern ENUMERATION = Pattern.compile("[a-z]+(?:_[a-z]+)*");
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?<![A-Za-z0-9])sk-[\\w*.-]+|\\S*\\*{3,}\\S*|(?i:bearer)\\s+\\S+");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
    /** How much of an error body is read: enough for any JSON explanation, not a whole HTML page. */
    static final long MAX_ERROR_BODY = 64 * 1024;
    /** Anthropic's status for "temporarily overloaded", outside the standard range. */
    static final int OVERLOADED = 529;

    private final AnthropicSettings settings;

    AnthropicErrors(AnthropicSettings settings) {
        this.settings = settings;
    }

    static Kind kindOf(int status) {
        return switch (status) {
            case 401, 403 -> Kind.AUTHENTICATION;
            case 429 -> Kind.RATE_LIMITED;
            case OVERLOADED -> Kind.UNAVAILABLE;
            default -> status >= 500 ? Kind.UNAVAILABLE : status >= 400 ? Kind.REJECTED : Kind.PROTOCOL;
        };
    }

    static Kind kindOf(String errorType) {
        return switch (errorType == null ? "" : errorType) {
            case "authentication_error", "permission_error" -> Kind.AUTHENTICATION;
            case "rate_limit_error" -> Kind.RATE_LIMITED;
            case "invalid_request_error", "not_found_error", "request_too_large" -> Kind.REJECTED;
            default -> Kind.UNAVAILABLE;
        };
    }

    /** A non-2xx answer, with the (possibly truncated) body the server sent. */
    ProviderException fromStatus(int status, String body) {
        JsonNode error = errorObjectOf(body);
        Kind kind = kindOf(status);
        LOG.warn("Provider {} answered HTTP {} ({}): {}", settings.providerName(), status, kind,
                error == null ? "no JSON explanation" : scrub(messageOf(error)));
        return new ProviderException(kind, settings.providerName(), status, sentence(kind, "HTTP " + status, error));
    }

    /** The {@code error} object of an error event in a 200 stream, or of an error body sent with 200. */
    ProviderException fromErrorObject(JsonNode error) {
        JsonNode safe = error == null ? MissingNode.getInstance() : error;
        Kind kind = kindOf(safe.path("type").asText(""));
        LOG.warn("Provider {} reported an error while answering ({}): {}", settings.providerName(), kind,
                scrub(messageOf(safe)));
        return new ProviderException(kind, settings.providerName(), 200, sentence(kind, "while answering", safe));
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
        String type = kind == Kind.AUTHENTICATION ? null : enumerationOf(error);
        String detail = "(" + context + (type == null ? "" : ", " + type) + ")";
        return switch (kind) {
            case AUTHENTICATION -> provider + " refused Parley's credentials " + detail + ".";
            case RATE_LIMITED -> provider + " refused for its rate or quota limits " + detail + "; try again later.";
            case REJECTED -> provider + " rejected the request " + detail + ".";
            case UNAVAILABLE, TIMEOUT -> provider + " is unavailable " + detail + "; try again later.";
            case PROTOCOL -> provider + " sent a reply Parley cannot read " + detail + ".";
        };
    }

    private String enumerationOf(JsonNode error) {
        JsonNode type = error == null ? null : error.path("type");
        String token = type != null && type.isTextual() ? type.asText() : "";
        boolean safe = token.length() <= 64 && ENUMERATION.matcher(token).matches()
                && (settings.apiKey() == null || !settings.apiKey().contains(token));
        return safe ? token : null;
    }

    /** Anthropic's {@code {"type":"error","error":{...}}}, or the whole body for a bare error object. */
    private static JsonNode errorObjectOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = AnthropicWire.JSON.readTree(body);
            return root == null || root.isMissingNode() ? null : root.has("error") ? root.path("error") : root;
        } catch (JsonProcessingException notJson) {
            // Proxies and load balancers answer with HTML pages; their text would only be noise.
            return null;
        }
    }

    private static String messageOf(JsonNode error) {
        JsonNode text = error.isTextual() ? error : error.path("message");
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
