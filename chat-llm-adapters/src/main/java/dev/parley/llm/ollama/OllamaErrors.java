package dev.parley.llm.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.llm.http.ProviderFailures;
import dev.parley.llm.http.ProviderText;
import java.time.Duration;
import java.util.regex.Pattern;
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

    private static final Pattern MODEL_NOT_FOUND = Pattern.compile("(?i)\\bmodel\\b.*\\bnot found\\b");
    private static final String NOT_FOUND = "model not found";

    private final ProviderFailures failures;

    OllamaErrors(OllamaSettings settings) {
        this.failures = new ProviderFailures(new ProviderText(settings.providerName(), null), settings.readTimeout(),
                LoggerFactory.getLogger(OllamaErrors.class));
    }

    ProviderFailures failures() {
        return failures;
    }

    /** A non-2xx answer, with the (possibly truncated) body the server sent and the wait it asked for. */
    ProviderException fromStatus(int status, String body, Duration retryAfter) {
        String explanation = explanationOf(errorValueOf(body));
        Kind kind = ProviderFailures.kindOf(status);
        boolean missingModel = kind == Kind.REJECTED && isModelNotFound(explanation);
        return failures.answered(status, kind, explanation, missingModel ? NOT_FOUND : null, retryAfter);
    }

    /** The {@code "error"} of a 200 answer: a whole reply, or a line in the middle of a stream. */
    ProviderException fromErrorValue(JsonNode error) {
        String explanation = explanationOf(error);
        Kind kind = isModelNotFound(explanation) ? Kind.REJECTED : Kind.UNAVAILABLE;
        return failures.reported(kind, explanation, kind == Kind.REJECTED ? NOT_FOUND : null);
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
}
