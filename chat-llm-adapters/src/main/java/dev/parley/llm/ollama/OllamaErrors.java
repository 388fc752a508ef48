package dev.parley.llm.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates what an Ollama server (or the network) did wrong into a {@link ProviderException}
 * whose message Parley may show its users, and logs the server's own explanation for operators.
 *
 * <p>A message is a fixed sentence per kind that names the provider and the HTTP status but quotes
 * nothing the server wrote: Ollama's errors carry file paths, memory sizes and runner output, and a
 * proxy in front of it may echo tokens. One fact is added in Parley's own words because users can
 * act on it: that the model was not found (Ollama's {@code "model 'x' not found"}), which is always
 * {@code REJECTED}, even when it arrives as an {@code {"error": ...}} line inside a streamed reply;
 * any other error line means the server broke down ({@code UNAVAILABLE}).
 *
 * <p>The explanation is logged at WARN, with bearer tokens and key-shaped words removed, control
 * characters flattened so it cannot forge log lines, and shortened.
 */
final class OllamaErrors {

    private static final Logger LOG = LoggerFactory.getLogger(OllamaErrors.class);
    private static final int MAX_DETAIL = 300;
    private static final Pattern MODEL_NOT_FOUND = Pattern.compile("(?i)\\bmodel\\b.*\\bnot found\\b");
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?<![A-Za-z0-9])sk-[\\w*.-]+|\\S*\\*{3,}\\S*|(?i:bearer|basic)\\s+\\S+");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
    /** How much of an error body is read: enough for any JSON explanation, not a whole HTML page. */
    static final long MAX_ERROR_BODY = 64 * 1024;

    private final OllamaSettings settings;

    OllamaErrors(OllamaSettings settings) {
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
        String explanation = explanationOf(errorValueOf(body));
        Kind kind = kindOf(status);
        LOG.warn("Provider {} answered HTTP {} ({}): {}", settings.providerName(), status, kind,
                explanation == null ? "no JSON explanation" : scrub(explanation));
        boolean missingModel = kind == Kind.REJECTED && isModelNotFound(explanation);
        return new ProviderException(kind, settings.providerName(), status,
                sentence(kind, "HTTP " + status + (missingModel ? ", model not found" : "")));
    }

    /** The {@code "error"} of a 200 answer: a whole reply, or a line in the middle of a stream. */
    ProviderException fromErrorValue(JsonNode error) {
        String explanation = explanationOf(error);
        Kind kind = isModelNotFound(explanation) ? Kind.REJECTED : Kind.UNAVAILABLE;
        LOG.warn("Provider {} reported an error while answering ({}): {}", settings.providerName(), kind,
                explanation == null ? "no explanation given" : scrub(explanation));
        return new ProviderException(kind, settings.providerName(), 200,
                sentence(kind, "while answering" + (kind == Kind.REJECTED ? ", model not found" : "")));
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

    private String sentence(Kind kind, String detail) {
        String provider = "The model provider " + settings.providerName();
        return switch (kind) {
            case AUTHENTICATION -> provider + " refused Parley's credentials (" + detail + ").";
            case RATE_LIMITED -> provider + " refused for its rate or quota limits (" + detail + "); try again later.";
            case REJECTED -> provider + " rejected the request (" + detail + ").";
            case UNAVAILABLE, TIMEOUT -> provider + " is unavailable (" + detail + "); try again later.";
            case PROTOCOL -> provider + " sent a reply Parley cannot read (" + detail + ").";
        };
    }

    private static boolean isModelNotFound(String explanation) {
        return explanation != null && MODEL_NOT_FOUND.matcher(explanation).find();
    }

    /** Ollama's {@code {"error": "..."}}; null when the body is not JSON (a proxy's HTML page is only noise). */
    private static JsonNode errorValueOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = OllamaWire.JSON.readTree(body);
            return root == null || !root.has("error") ? null : root.path("error");
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    /** A bare string as Ollama sends it, or the {@code "message"} of an object as proxies send it. */
    private static String explanationOf(JsonNode error) {
        if (error == null) {
            return null;
        }
        JsonNode text = error.isTextual() ? error : error.path("message");
        return text.isTextual() && !text.asText().isBlank() ? text.asText() : null;
    }

    private static String detailOf(Throwable cause) {
        return cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
    }

    private static String scrub(String text) {
        if (text == null) {
            return "";
        }
        String safe = KEY_SHAPED.matcher(text).replaceAll("[redacted]");
        safe = UNPRINTABLE.matcher(safe).replaceAll(" ").strip();
        return safe.length() <= MAX_DETAIL ? safe : safe.substring(0, MAX_DETAIL) + "…";
    }
}
