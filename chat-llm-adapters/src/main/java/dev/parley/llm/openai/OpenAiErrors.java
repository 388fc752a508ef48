package dev.parley.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.llm.http.ProviderFailures;
import dev.parley.llm.http.ProviderText;
import java.time.Duration;
import java.util.Locale;
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

    private final ProviderFailures failures;
    private final ProviderText text;

    OpenAiErrors(OpenAiSettings settings) {
        this.text = new ProviderText(settings.providerName(), settings.apiKey());
        this.failures = new ProviderFailures(text, settings.readTimeout(), LoggerFactory.getLogger(OpenAiErrors.class));
    }

    ProviderFailures failures() {
        return failures;
    }

    /** A non-2xx answer, with the (possibly truncated) body the server sent and the wait it asked for. */
    ProviderException fromStatus(int status, String body, Duration retryAfter) {
        JsonNode error = ProviderText.errorObjectOf(OpenAiWire.JSON, body);
        Kind kind = ProviderFailures.kindOf(status);
        return failures.answered(status, kind, error == null ? null : messageOf(error), codeOf(kind, error), retryAfter);
    }

    /** An {@code "error"} object inside a 200 answer, such as a failure in the middle of a stream. */
    ProviderException fromErrorObject(JsonNode error) {
        Kind kind = kindOf(error);
        return failures.reported(kind, messageOf(error), codeOf(kind, error));
    }

    private String codeOf(Kind kind, JsonNode error) {
        if (error == null || kind != Kind.REJECTED && kind != Kind.RATE_LIMITED) {
            return null;
        }
        String code = text.enumeration(error.path("code"));
        return code != null ? code : text.enumeration(error.path("type"));
    }

    private static Kind kindOf(JsonNode error) {
        JsonNode code = error.path("code");
        if (code.canConvertToInt() && code.asInt() >= 400) {
            return ProviderFailures.kindOf(code.asInt());
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

    /** Reads OpenAI's {@code {"message": ...}}, a bare string, or the {@code "detail"} some servers use. */
    private static String messageOf(JsonNode error) {
        JsonNode text = error.isTextual() ? error
                : error.path("message").isTextual() ? error.path("message")
                : error.path("detail");
        return text.isTextual() && !text.asText().isBlank() ? text.asText() : "no explanation given";
    }
}
