package dev.parley.llm.anthropic;

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
 * Wire format of Anthropic's Messages and Models endpoints: only the fields Parley reads or writes;
 * everything else the server sends (ids, citations, tool and thinking blocks) is ignored. Field names
 * map to snake_case. A document followed by anything but whitespace is refused, not read up to its end.
 */
final class AnthropicWire {

    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Without it, "{...} garbage" reads as the first document and the rest is silently dropped.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Far above any model's output or any model list, so only a broken or hostile server reaches it. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    static final String TEXT = "text";
    static final String TEXT_DELTA = "text_delta";
    static final String ERROR = "error";

    private AnthropicWire() {
    }

    /** The whole body as text, or null once it passes {@link #MAX_BODY_BYTES} rather than read it all. */
    static String bodyText(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        if (body.contentLength() > MAX_BODY_BYTES || source.request(MAX_BODY_BYTES + 1)) {
            return null;
        }
        return source.readUtf8();
    }

    /** {@code system} is null when the conversation has no system prompt: Anthropic refuses an empty one. */
    record MessagesRequest(
            String model,
            int maxTokens,
            List<Message> messages,
            String system,
            Double temperature,
            boolean stream) {
    }

    /** {@code role} is {@code "user"} or {@code "assistant"}; Anthropic has no system role in messages. */
    record Message(String role, String content) {
    }

    /**
     * A whole reply ({@code type "message"}), also the {@code message} of a stream's
     * {@code message_start}; an error body has {@code type "error"} and an {@code error} object instead.
     */
    record Reply(String type, List<ContentBlock> content, String stopReason, Usage usage, JsonNode error) {

        String text() {
            StringBuilder text = new StringBuilder();
            if (content != null) {
                for (ContentBlock block : content) {
                    if (block != null && TEXT.equals(block.type()) && block.text() != null) {
                        text.append(block.text());
                    }
                }
            }
            return text.toString();
        }
    }

    record ContentBlock(String type, String text) {
    }

    /**
     * One event of a stream, its kind in {@code type}. Which fields are set depends on it:
     * {@code message} (message_start), {@code content_block} (content_block_start), {@code delta}
     * (content_block_delta, message_delta), {@code usage} (message_delta), {@code error} (error).
     */
    record StreamEvent(String type, Reply message, ContentBlock contentBlock, Delta delta, Usage usage,
            JsonNode error) {
    }

    /** A content delta ({@code type} and {@code text}) or a message delta ({@code stop_reason}). */
    record Delta(String type, String text, String stopReason) {
    }

    /**
     * Anthropic counts prompt tokens served from its cache apart from {@code input_tokens}; all three
     * together are what the prompt cost. A message_delta repeats the counts so far, so later wins.
     */
    record Usage(Integer inputTokens, Integer cacheCreationInputTokens, Integer cacheReadInputTokens,
            Integer outputTokens) {

        Integer promptTokens() {
            if (inputTokens == null || inputTokens < 0) {
                return null;
            }
            return inputTokens + nonNegative(cacheCreationInputTokens) + nonNegative(cacheReadInputTokens);
        }

        private static int nonNegative(Integer count) {
            return count == null || count < 0 ? 0 : count;
        }
    }

    /** Builds a {@link TokenUsage} only from counts the server actually sent. */
    static TokenUsage usageOf(Integer promptTokens, Integer outputTokens) {
        if (promptTokens == null || outputTokens == null || outputTokens < 0) {
            return null;
        }
        return new TokenUsage(promptTokens, outputTokens);
    }

    record ModelList(List<ModelEntry> data, Boolean hasMore, String lastId) {
    }

    record ModelEntry(String type, String id, String displayName) {
    }
}
