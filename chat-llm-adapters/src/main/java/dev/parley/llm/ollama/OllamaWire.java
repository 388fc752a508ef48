package dev.parley.llm.ollama;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.domain.message.TokenUsage;
import java.io.IOException;
import java.util.List;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Wire format of Ollama's native {@code /api/chat} and {@code /api/tags}: only the fields Parley
 * reads or writes; everything else the server sends (timings, {@code thinking}, model details) is
 * ignored. Field names map to snake_case. A document followed by anything but whitespace is
 * refused, not read up to its end.
 */
final class OllamaWire {

    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Without it, "{...} garbage" reads as the first document and the rest is silently dropped.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Far above any model's output or any model list, so only a broken or hostile server reaches it. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    private OllamaWire() {
    }

    /** The whole body as text, or null once it passes {@link #MAX_BODY_BYTES} rather than read it all. */
    static String bodyText(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        if (body.contentLength() > MAX_BODY_BYTES || source.request(MAX_BODY_BYTES + 1)) {
            return null;
        }
        return source.readUtf8();
    }

    /** {@code stream} is always written: Ollama streams when it is left out. */
    record ChatRequest(String model, List<Message> messages, boolean stream, Options options) {
    }

    /** Ollama's name for the completion limit is {@code num_predict}. */
    record Options(Double temperature, Integer numPredict) {

        /** Null when both are unset, so the model's own defaults (its Modelfile) apply. */
        static Options of(Double temperature, Integer maxTokens) {
            return temperature == null && maxTokens == null ? null : new Options(temperature, maxTokens);
        }
    }

    record Message(String role, String content) {
    }

    /**
     * One line of a streamed reply, or a whole reply: a piece of the message until {@code done}, whose
     * line carries the reason and the counts. {@code error} (a string from Ollama, sometimes an object
     * from a proxy) replaces all of it when the server fails.
     */
    record ChatChunk(Message message, boolean done, String doneReason, Integer promptEvalCount, Integer evalCount,
            JsonNode error) {

        boolean failed() {
            return error != null && !error.isNull();
        }

        String content() {
            return message == null ? null : message.content();
        }

        /**
         * Null unless both counts are there: Ollama has left {@code prompt_eval_count} out of replies
         * to a cached prompt, and a prompt of zero tokens would be a wrong count, not a missing one.
         */
        TokenUsage usage() {
            if (promptEvalCount == null || evalCount == null || promptEvalCount < 0 || evalCount < 0) {
                return null;
            }
            return new TokenUsage(promptEvalCount, evalCount);
        }
    }

    record TagList(List<Tag> models) {
    }

    /** {@code name} and {@code model} both hold the tagged name, e.g. {@code llama3.2:latest}. */
    record Tag(String name, String model) {
    }
}
