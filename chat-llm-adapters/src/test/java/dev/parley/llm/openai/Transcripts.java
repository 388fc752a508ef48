package dev.parley.llm.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.domain.message.TokenUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test support: the recorded OpenAI transcripts, and new ones written in the same wire format. */
public final class Transcripts {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String CHUNK_HEAD = "{\"id\":\"chatcmpl-Parley0000000000000000000001\","
            + "\"object\":\"chat.completion.chunk\",\"created\":1736937062,\"model\":\"gpt-4o-mini-2024-07-18\","
            + "\"service_tier\":\"default\",\"system_fingerprint\":\"fp_72ed7ab54c\",\"choices\":";

    private Transcripts() {
    }

    /** A file of {@code src/test/resources/transcripts/openai}. */
    public static String read(String name) {
        try (InputStream in = Transcripts.class.getResourceAsStream("/transcripts/openai/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no transcript " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole streamed completion: role delta, the pieces, a "stop" chunk, the usage chunk if any, [DONE]. */
    public static String stream(List<String> pieces, TokenUsage usage) {
        StringBuilder sse = new StringBuilder(event(delta("{\"role\":\"assistant\",\"content\":\"\"}", null)));
        pieces.forEach(piece -> sse.append(event(delta("{\"content\":" + quote(piece) + "}", null))));
        sse.append(event(delta("{}", "stop")));
        if (usage != null) {
            sse.append(event(CHUNK_HEAD + "[],\"usage\":" + usage(usage) + "}"));
        }
        return sse.append("data: [DONE]\n\n").toString();
    }

    /** The first events of a stream: the role delta and one piece. */
    public static String streamStart(String firstPiece) {
        return event(delta("{\"role\":\"assistant\",\"content\":\"\"}", null))
                + event(delta("{\"content\":" + quote(firstPiece) + "}", null));
    }

    /** A non-streamed completion of {@code text}. */
    public static String completion(String text, TokenUsage usage) {
        return "{\"id\":\"chatcmpl-Parley0000000000000000000002\",\"object\":\"chat.completion\","
                + "\"created\":1736937101,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(text) + ",\"refusal\":null},"
                + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":"
                + (usage == null ? "null" : usage(usage)) + "}";
    }

    private static String delta(String delta, String finishReason) {
        return CHUNK_HEAD + "[{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":"
                + (finishReason == null ? "null" : quote(finishReason)) + "}],\"usage\":null}";
    }

    private static String usage(TokenUsage usage) {
        return "{\"prompt_tokens\":" + usage.promptTokens() + ",\"completion_tokens\":" + usage.completionTokens()
                + ",\"total_tokens\":" + usage.totalTokens() + "}";
    }

    private static String event(String json) {
        return "data: " + json + "\n\n";
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
