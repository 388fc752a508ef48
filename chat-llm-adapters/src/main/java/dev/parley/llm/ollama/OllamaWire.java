package dev.parley.llm.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.llm.http.ProviderJson;
import java.util.List;

/**
 * Wire format of Ollama's native {@code /api/chat} and {@code /api/tags}: only the fields Parley
 * reads or writes; everything else the server sends (timings, {@code thinking}, model details) is
 * ignored. Field names map to snake_case. A document followed by anything but whitespace is
 * refused, not read up to its end.
 */
final class OllamaWire {

    static final ObjectMapper JSON = ProviderJson.mapper();

    private OllamaWire() {
    }

    /** {@code stream} is always written: Ollama streams when it is left out. */
    record ChatRequest(String model, List<Message> messages, boolean stream, Options options) {
    }

    /** Ollama's name for the completion limit is {@code num_predict}; unset fields are left out. */
    record Options(Double temperature, Integer numPredict, Double topP, List<String> stop, Long seed) {

        /** Null when nothing is set, so the model's own defaults (its Modelfile) apply. */
        static Options of(GenerationOptions options) {
            List<String> stop = options.stop().isEmpty() ? null : options.stop();
            if (options.temperature() == null && options.maxTokens() == null && options.topP() == null
                    && stop == null && options.seed() == null) {
                return null;
            }
            return new Options(options.temperature(), options.maxTokens(), options.topP(), stop, options.seed());
        }
    }

    /** {@code images} holds base64 image bytes, and is left out when the message shows none. */
    record Message(String role, String content, List<String> images) {
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
