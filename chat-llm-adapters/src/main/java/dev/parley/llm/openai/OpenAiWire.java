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

    /** Null fields (and a null {@code stop}) are left out, so the server's defaults apply. */
    record ChatRequest(
            String model,
            List<RequestMessage> messages,
            Double temperature,
            Integer maxTokens,
            Double topP,
            List<String> stop,
            Long seed,
            boolean stream,
            StreamOptions streamOptions) {
    }

    record StreamOptions(boolean includeUsage) {
    }

    /** {@code content} is a plain string, or a list of {@link ContentPart}s when the message shows images. */
    record RequestMessage(String role, Object content) {
    }

    /** One part of a message's content: its text, or an image. */
    sealed interface ContentPart permits TextPart, ImagePart {
    }

    record TextPart(String type, String text) implements ContentPart {

        TextPart(String text) {
            this("text", text);
        }
    }

    record ImagePart(String type, ImageUrl imageUrl) implements ContentPart {

        ImagePart(String url) {
            this("image_url", new ImageUrl(url));
        }
    }

    /** An http(s) URL the server fetches, or a {@code data:} URL holding the image. */
    record ImageUrl(String url) {
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
