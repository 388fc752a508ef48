package dev.parley.llm.anthropic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.domain.message.TokenUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test support: the recorded Anthropic transcripts, and new ones written in the same wire format. */
final class AnthropicTranscripts {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private AnthropicTranscripts() {
    }

    /** A file of {@code src/test/resources/transcripts/anthropic}. */
    static String read(String name) {
        try (InputStream in = AnthropicTranscripts.class.getResourceAsStream("/transcripts/anthropic/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no transcript " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A whole streamed reply: message_start (with the prompt count), a text block of the pieces with a
     * ping after the first, message_delta (with the output count), message_stop. Without usage, the
     * counts are left out of both events.
     */
    static String stream(List<String> pieces, TokenUsage usage) {
        StringBuilder sse = new StringBuilder(messageStart(usage)).append(blockStart());
        for (int i = 0; i < pieces.size(); i++) {
            sse.append(textDelta(pieces.get(i)));
            if (i == 0) {
                sse.append(FakeAnthropic.PING);
            }
        }
        sse.append(event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
        sse.append(event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null}" + (usage == null ? "" : ",\"usage\":{\"output_tokens\":"
                + usage.completionTokens() + "}") + "}"));
        return sse.append(event("message_stop", "{\"type\":\"message_stop\"}")).toString();
    }

    /** The first events of a stream: message_start, the block start, a ping and one piece. */
    static String streamStart(String firstPiece) {
        return messageStart(new TokenUsage(10, 1)) + blockStart() + FakeAnthropic.PING + textDelta(firstPiece);
    }

    /** A non-streamed reply of {@code text}. */
    static String message(String text, TokenUsage usage) {
        return "{\"id\":\"msg_01ParleyFake0000000000002\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude-3-5-haiku-20241022\",\"content\":[{\"type\":\"text\",\"text\":" + quote(text)
                + "}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null"
                + (usage == null ? "" : ",\"usage\":{\"input_tokens\":" + usage.promptTokens()
                        + ",\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":"
                        + usage.completionTokens() + "}") + "}";
    }

    static String textDelta(String piece) {
        return event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":" + quote(piece) + "}}");
    }

    static String event(String type, String json) {
        return "event: " + type + "\ndata: " + json + "\n\n";
    }

    private static String messageStart(TokenUsage usage) {
        return event("message_start", "{\"type\":\"message_start\",\"message\":{"
                + "\"id\":\"msg_01ParleyFake0000000000001\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude-3-5-haiku-20241022\",\"content\":[],"
                + "\"stop_reason\":null,\"stop_sequence\":null"
                + (usage == null ? "" : ",\"usage\":{\"input_tokens\":" + usage.promptTokens()
                        + ",\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":1}")
                + "}}");
    }

    private static String blockStart() {
        return event("content_block_start",
                "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
