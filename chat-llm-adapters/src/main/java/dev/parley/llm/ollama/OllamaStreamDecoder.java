package dev.parley.llm.ollama;

import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.http.ProviderLimits;
import dev.parley.llm.http.ReplyText;
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

    private final OllamaErrors errors;

    OllamaStreamDecoder(OllamaErrors errors) {
        this.errors = errors;
    }

    /**
     * Hands every non-empty content piece to {@code sink} and returns the finished reply. Pieces
     * already buffered when the signal is cancelled are not handed over.
     */
    ModelReply decode(BufferedSource source, TokenSink sink, CancellationSignal cancellation) throws IOException {
        NdjsonLineReader lines = new NdjsonLineReader(source, ProviderLimits.MAX_LINE_BYTES);
        ReplyText text = new ReplyText(sink, cancellation, errors.failures());
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ChatChunk chunk = parse(line);
            if (chunk.failed()) {
                throw errors.fromErrorValue(chunk.error());
            }
            text.append(chunk.content());
            if (chunk.done()) {
                return new ModelReply(text.toString(), chunk.usage(), chunk.doneReason());
            }
        }
        throw errors.failures().protocol("the stream ended before the reply was complete", null);
    }

    ChatChunk parse(String json) {
        return errors.failures().read(OllamaWire.JSON, json, ChatChunk.class);
    }
}
