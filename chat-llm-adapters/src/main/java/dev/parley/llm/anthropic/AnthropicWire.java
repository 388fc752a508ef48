package dev.parley.llm.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.llm.http.ProviderJson;
import java.util.List;

/**
 * Wire format of Anthropic's Messages and Models endpoints: only the fields Parley reads or writes;
 * everything else the server sends (ids, citations, tool and thinking blocks) is ignored. Field names
 * map to snake_case. A document followed by anything but whitespace is refused, not read up to its end.
 */
final class AnthropicWire {

    static final ObjectMapper JSON = ProviderJson.mapper();

    static final String TEXT = "text";
    static final String TEXT_DELTA = "text_delta";
    static final String ERROR = "error";

    private AnthropicWire() {
    }

    /**
     * {@code system} is null when the conversation has no system prompt: Anthropic refuses an empty one.
     * Other null fields (and a null {@code stop_sequences}) are left out, so Anthropic's defaults apply.
     */
    record MessagesRequest(
            String model,
            int maxTokens,
            List<Message> messages,
            String system,
            Double temperature,
            Double topP,
            List<String> stopSequences,
            boolean stream) {
    }

    /**
     * {@code role} is {@code "user"} or {@code "assistant"}; Anthropic has no system role in messages.
     * {@code content} is a plain string, or a list of {@link RequestBlock}s when the turn shows images.
     */
    record Message(String role, Object content) {
    }

    /** One content block of a request's message: a text, or an image. */
    sealed interface RequestBlock permits TextBlock, ImageBlock {
    }

    record TextBlock(String type, String text) implements RequestBlock {

        TextBlock(String text) {
            this(TEXT, text);
        }
    }

    record ImageBlock(String type, ImageSource source) implements RequestBlock {

        ImageBlock(ImageSource source) {
            this("image", source);
        }
    }

    /** Either {@code base64} bytes with their {@code media_type}, or a {@code url} Anthropic fetches. */
    record ImageSource(String type, String mediaType, String data, String url) {

        static ImageSource base64(String mediaType, String data) {
            return new ImageSource("base64", mediaType, data, null);
        }

        static ImageSource url(String url) {
            return new ImageSource("url", null, null, url);
        }
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
