package dev.parley.llm.ollama;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.domain.message.TokenUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test support: the recorded Ollama transcripts, and new ones written in the same wire format. */
final class OllamaTranscripts {

    /** The content pieces of {@code chat-stream.ndjson}, in order. */
    static final List<String> PIECES = List.of("Roses", " are", " red", ",\n", "viol", "ets", " are", " blue", ".");
    static final String REPLY = "Roses are red,\nviolets are blue.";
    static final TokenUsage USAGE = new TokenUsage(31, 10);

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String HEAD = "{\"model\":\"llama3.2\",\"created_at\":\"2025-01-15T10:31:02.539217000Z\",";

    private OllamaTranscripts() {
    }

    /** A file of {@code src/test/resources/transcripts/ollama}. */
    static String read(String name) {
        try (InputStream in = OllamaTranscripts.class.getResourceAsStream("/transcripts/ollama/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no transcript " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole streamed reply: a line per piece, then the done line with the counts if any. */
    static String stream(List<String> pieces, TokenUsage usage) {
        StringBuilder ndjson = new StringBuilder();
        pieces.forEach(piece -> ndjson.append(piece(piece)));
        return ndjson.append(doneLine(usage)).toString();
    }

    /** One line carrying {@code piece}, not the last. */
    static String piece(String piece) {
        return HEAD + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(piece) + "},\"done\":false}\n";
    }

    /** The last line of a streamed reply. */
    static String doneLine(TokenUsage usage) {
        return HEAD + "\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done_reason\":\"stop\",\"done\":true,"
                + "\"total_duration\":1021935542,\"load_duration\":25436125," + counts(usage) + "}\n";
    }

    /** A reply not streamed. */
    static String reply(String text, TokenUsage usage) {
        return HEAD + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(text) + "},\"done_reason\":\"stop\","
                + "\"done\":true,\"total_duration\":1196412208," + counts(usage) + "}";
    }

    private static String counts(TokenUsage usage) {
        return usage == null ? "\"eval_duration\":874000000"
                : "\"prompt_eval_count\":" + usage.promptTokens() + ",\"prompt_eval_duration\":298000000,"
                        + "\"eval_count\":" + usage.completionTokens() + ",\"eval_duration\":874000000";
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
