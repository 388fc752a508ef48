package dev.parley.llm.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.llm.http.ProviderFailures;
import dev.parley.llm.http.ProviderText;
import java.time.Duration;
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

    /** Anthropic's status for "temporarily overloaded", outside the standard range. */
    static final int OVERLOADED = 529;

    private final ProviderFailures failures;
    private final ProviderText text;

    AnthropicErrors(AnthropicSettings settings) {
        this.text = new ProviderText(settings.providerName(), settings.apiKey());
        this.failures = new ProviderFailures(text, settings.readTimeout(),
                LoggerFactory.getLogger(AnthropicErrors.class));
    }

    ProviderFailures failures() {
        return failures;
    }

    static Kind kindOf(int status) {
        return status == OVERLOADED ? Kind.UNAVAILABLE : ProviderFailures.kindOf(status);
    }

    static Kind kindOf(String errorType) {
        return switch (errorType == null ? "" : errorType) {
            case "authentication_error", "permission_error" -> Kind.AUTHENTICATION;
            case "rate_limit_error" -> Kind.RATE_LIMITED;
            case "invalid_request_error", "not_found_error", "request_too_large" -> Kind.REJECTED;
            default -> Kind.UNAVAILABLE;
        };
    }

    /** A non-2xx answer, with the (possibly truncated) body the server sent and the wait it asked for. */
    ProviderException fromStatus(int status, String body, Duration retryAfter) {
        JsonNode error = ProviderText.errorObjectOf(AnthropicWire.JSON, body);
        Kind kind = kindOf(status);
        return failures.answered(status, kind, error == null ? null : messageOf(error), typeOf(kind, error), retryAfter);
    }

    /** The {@code error} object of an error event in a 200 stream, or of an error body sent with 200. */
    ProviderException fromErrorObject(JsonNode error) {
        JsonNode safe = error == null ? MissingNode.getInstance() : error;
        Kind kind = kindOf(safe.path("type").asText(""));
        return failures.reported(kind, messageOf(safe), typeOf(kind, safe));
    }

    private String typeOf(Kind kind, JsonNode error) {
        return kind == Kind.AUTHENTICATION || error == null ? null : text.enumeration(error.path("type"));
    }

    private static String messageOf(JsonNode error) {
        JsonNode text = error.isTextual() ? error : error.path("message");
        return text.isTextual() && !text.asText().isBlank() ? text.asText() : "no explanation given";
    }
}
