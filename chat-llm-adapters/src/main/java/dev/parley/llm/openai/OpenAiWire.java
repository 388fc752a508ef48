package dev.parley.llm.openai;

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
 * Wire format of OpenAI's chat-completions and models endpoints: only the fields Parley reads or
 * writes; everything else a server sends is ignored. Field names map to snake_case. A document
 * followed by anything but whitespace is refused, not read up to its end.
 */
final class OpenAiWire {

    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Without it, "{...} garbage" reads as the first document and the rest is silently dropped.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Far above any model's output or any model list, so only a broken or hostile server reaches it. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    private OpenAiWire() {
    }

    /** The whole body as text, or null once it passes {@link #MAX_BODY_BYTES} rather than read it all. */
    static String bodyText(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        if (body.contentLength() > MAX_BODY_BYTES || source.request(MAX_BODY_BYTES + 1)) {
            return null;
        }
        return source.readUtf8();
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
