package dev.parley.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.llm.http.ProviderJson;
import java.util.List;

/**
 * Wire format of OpenAI's chat-completions and models endpoints: only the fields Parley reads or
 * writes; everything else a server sends is ignored. Field names map to snake_case. A document
 * followed by anything but whitespace is refused, not read up to its end.
 */
final class OpenAiWire {

    static final ObjectMapper JSON = ProviderJson.mapper();

    private OpenAiWire() {
    }

    record ChatRequest(
            String model,
            List<Message> messages,
            Double temperature,
            Integer maxTokens,
            boolean stream,
            StreamOptions streamOptions) {
    }

    record StreamOptions(boolean includeUsage) {
    }

    record Message(String role, String content) {
    }

    /** A non-streamed completion and a streamed chunk share this shape; {@code error} is either's failure. */
    record Completion(List<Choice> choices, Usage usage, JsonNode error) {

        Choice firstChoice() {
            return choices == null || choices.isEmpty() ? null : choices.getFirst();
        }
    }

    record Choice(Integer index, Message message, Message delta, String finishReason) {
    }

    record Usage(Integer promptTokens, Integer completionTokens) {

        TokenUsage toDomain() {
            if (promptTokens == null || completionTokens == null || promptTokens < 0 || completionTokens < 0) {
                return null;
            }
            return new TokenUsage(promptTokens, completionTokens);
        }
    }

    record ModelList(List<ModelEntry> data) {
    }

    record ModelEntry(String id, String ownedBy) {
    }
}
