package dev.parley.llm.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.http.SinkFailure;
import dev.parley.llm.ollama.OllamaWire.ChatChunk;
import java.io.IOException;
import okio.BufferedSource;

/**
 * Reads a streamed {@code /api/chat} reply (newline-delimited JSON, framed by
 * {@link NdjsonLineReader}) on the calling thread: each line is one {@link ChatChunk}; the line with
 * {@code "done": true} ends the reply and carries its counts; an {@code {"error": ...}} line ends it
 * as a failure. Blank lines are skipped. What it holds is bounded: a line over 1 MiB or a reply over
 * 8M characters fails as {@code PROTOCOL}, and the caller then drops the connection.
 */
final class OllamaStreamDecoder {

    static final int MAX_LINE_BYTES = 1024 * 1024;
    /** Far above any model's output limit, so only a broken or hostile server reaches it. */
    static final int MAX_REPLY_CHARS = 8 * 1024 * 1024;

    private final OllamaErrors errors;

    OllamaStreamDecoder(OllamaErrors errors) {
        this.errors = errors;
    }

    /**
     * Hands every non-empty content piece to {@code sink} and returns the finished reply. Pieces
     * already buffered when the signal is cancelled are not handed over.
     */
    ModelReply decode(BufferedSource source, TokenSink sink, CancellationSignal cancellation) throws IOException {
        NdjsonLineReader lines = new NdjsonLineReader(source, MAX_LINE_BYTES);
        StringBuilder text = new StringBuilder();
        String line;
        while ((line = next(lines)) != null) {
            if (line.isBlank()) {
                continue;
            }
            ChatChunk chunk = parse(line);
            if (chunk.failed()) {
                throw errors.fromErrorValue(chunk.error());
            }
            String piece = chunk.content();
            if (piece != null && !piece.isEmpty()) {
                if (cancellation.isCancelled()) {
                    throw new CancelledException();
                }
                if (text.length() + piece.length() > MAX_REPLY_CHARS) {
                    throw errors.protocol("a reply of more than 8M characters", null);
                }
                deliver(sink, piece);
                text.append(piece);
            }
            if (chunk.done()) {
                return new ModelReply(text.toString(), chunk.usage(), chunk.doneReason());
            }
        }
        throw errors.protocol("the stream ended before the reply was complete", null);
    }

    ChatChunk parse(String json) {
        try {
            ChatChunk chunk = OllamaWire.JSON.readValue(json, ChatChunk.class);
            if (chunk == null) {
                throw errors.protocol("an empty JSON document", null);
            }
            return chunk;
        } catch (JsonProcessingException e) {
            throw errors.protocol("malformed JSON", e);
        }
    }

    private String next(NdjsonLineReader lines) throws IOException {
        try {
            return lines.next();
        } catch (NdjsonLineReader.TooLarge e) {
            throw errors.protocol(e.getMessage(), null);
        }
    }

    private static void deliver(TokenSink sink, String piece) {
        try {
            sink.accept(piece);
        } catch (RuntimeException fromCaller) {
            throw new SinkFailure(fromCaller);
        }
    }
}
