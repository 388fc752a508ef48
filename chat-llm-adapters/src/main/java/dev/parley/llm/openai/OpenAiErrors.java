package dev.parley.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Locale;

/**
 * Translates what an OpenAI-compatible server (or the network) did wrong into a
 * {@link ProviderException}. Messages quote the server's own explanation, shortened, and never
 * contain the API key, even when a server echoes it back.
 */
final class OpenAiErrors {

    private static final int MAX_DETAIL = 300;
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
        String detail = detailOf(body);
        return new ProviderException(kindOf(status), settings.providerName(), status,
                settings.providerName() + " answered HTTP " + status + ": "
                        + (detail == null ? "no explanation given" : detail));
    }

    /** An {@code "error"} object inside a 200 answer, such as a failure in the middle of a stream. */
    ProviderException fromErrorObject(JsonNode error) {
        String detail = messageOf(error);
        return new ProviderException(kindOf(error), settings.providerName(), 200,
                settings.providerName() + " failed while answering: "
                        + (detail == null ? "no explanation given" : detail));
    }

    ProviderException fromIo(IOException failure) {
        if (failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException
                && "timeout".equals(failure.getMessage())) {
            return new ProviderException(Kind.TIMEOUT, settings.providerName(),
                    settings.providerName() + " sent nothing for " + settings.readTimeout().toMillis() + " ms",
                    failure);
        }
        return new ProviderException(Kind.UNAVAILABLE, settings.providerName(),
                settings.providerName() + " could not be reached or dropped the connection ("
                        + failure.getClass().getSimpleName() + ": " + redact(failure.getMessage()) + ")",
                failure);
    }

    ProviderException protocol(String problem, Throwable cause) {
        return new ProviderException(Kind.PROTOCOL, settings.providerName(),
                settings.providerName() + " sent a reply Parley cannot read: " + problem, cause);
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

    private String detailOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = OpenAiWire.JSON.readTree(body);
            return root == null ? null : messageOf(root.has("error") ? root.path("error") : root);
        } catch (JsonProcessingException notJson) {
            // Proxies answer with HTML pages; their text would only be noise.
            return null;
        }
    }

    /** Reads OpenAI's {@code {"message": ...}}, a bare string, or the {@code "detail"} some servers use. */
    private String messageOf(JsonNode error) {
        JsonNode text = error.isTextual() ? error
                : error.path("message").isTextual() ? error.path("message")
                : error.path("detail");
        return text.isTextual() && !text.asText().isBlank() ? shorten(redact(text.asText().strip())) : null;
    }

    private String redact(String text) {
        if (text == null || settings.apiKey() == null) {
            return text;
        }
        return text.replace(settings.apiKey(), "[redacted]");
    }

    private static String shorten(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }
}
