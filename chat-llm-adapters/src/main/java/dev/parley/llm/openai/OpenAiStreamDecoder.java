package dev.parley.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.openai.OpenAiWire.Choice;
import dev.parley.llm.openai.OpenAiWire.Completion;
import java.io.IOException;
import okio.BufferedSource;

/**
 * Reads a streamed chat completion (server-sent events) line by line on the calling thread: each
 * {@code data:} line holds one JSON chunk, {@code data: [DONE]} ends the stream, and everything else
 * (comments, {@code event:}/{@code id:} lines, blank separators) is ignored. Each line is decoded on
 * its own because OpenAI-compatible servers put a whole chunk on one line.
 */
final class OpenAiStreamDecoder {

    private static final String DONE = "[DONE]";

    private final OpenAiErrors errors;

    OpenAiStreamDecoder(OpenAiErrors errors) {
        this.errors = errors;
    }

    /**
     * Hands every non-empty content piece to {@code sink} and returns the finished reply. Pieces
     * already buffered when the signal is cancelled are not handed over.
     */
    ModelReply decode(BufferedSource source, TokenSink sink, CancellationSignal cancellation) throws IOException {
        StringBuilder text = new StringBuilder();
        TokenUsage usage = null;
        String finishReason = null;
        boolean done = false;
        String line;
        while (!done && (line = source.readUtf8Line()) != null) {
            String data = dataOf(line);
            if (data == null || data.isEmpty()) {
                continue;
            }
            if (data.equals(DONE)) {
                done = true;
                continue;
            }
            Completion chunk = parse(data);
            if (chunk.error() != null && !chunk.error().isNull()) {
                throw errors.fromErrorObject(chunk.error());
            }
            TokenUsage reported = chunk.usage() == null ? null : chunk.usage().toDomain();
            if (reported != null) {
                usage = reported;
            }
            Choice choice = chunk.firstChoice();
            if (choice == null) {
                continue;
            }
            if (choice.finishReason() != null) {
                finishReason = choice.finishReason();
            }
            String piece = choice.delta() == null ? null : choice.delta().content();
            if (piece != null && !piece.isEmpty()) {
                if (cancellation.isCancelled()) {
                    throw new CancelledException();
                }
                deliver(sink, piece);
                text.append(piece);
            }
        }
        if (!done && finishReason == null) {
            throw errors.protocol("the stream ended before the reply was complete", null);
        }
        return new ModelReply(text.toString(), usage, finishReason);
    }

    Completion parse(String json) {
        try {
            Completion completion = OpenAiWire.JSON.readValue(json, Completion.class);
            if (completion == null) {
                throw errors.protocol("an empty JSON document", null);
            }
            return completion;
        } catch (JsonProcessingException e) {
            throw errors.protocol("malformed JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static String dataOf(String line) {
        if (!line.startsWith("data:")) {
            return null;
        }
        return line.substring("data:".length()).strip();
    }

    private static void deliver(TokenSink sink, String piece) {
        try {
            sink.accept(piece);
        } catch (RuntimeException fromCaller) {
            throw new SinkFailure(fromCaller);
        }
    }
}
