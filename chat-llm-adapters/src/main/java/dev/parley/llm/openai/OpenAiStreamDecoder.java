package dev.parley.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.http.SinkFailure;
import dev.parley.llm.http.SseEventReader;
import dev.parley.llm.openai.OpenAiWire.Choice;
import dev.parley.llm.openai.OpenAiWire.Completion;
import java.io.IOException;
import okio.BufferedSource;

/**
 * Reads a streamed chat completion (server-sent events, framed by {@link SseEventReader}) on the
 * calling thread: the data of each event is one JSON chunk, and {@code [DONE]} ends the stream. What
 * it holds is bounded: a line over 1 MiB, an event over 1M characters or a reply over 8M characters
 * fails as {@code PROTOCOL}, and the caller then drops the connection.
 */
final class OpenAiStreamDecoder {

    static final int MAX_LINE_BYTES = 1024 * 1024;
    static final int MAX_EVENT_CHARS = 1024 * 1024;
    /** Far above any model's output limit, so only a broken or hostile server reaches it. */
    static final int MAX_REPLY_CHARS = 8 * 1024 * 1024;

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
        SseEventReader events = new SseEventReader(source, MAX_LINE_BYTES, MAX_EVENT_CHARS);
        StringBuilder text = new StringBuilder();
        TokenUsage usage = null;
        String finishReason = null;
        boolean done = false;
        String data;
        while (!done && (data = next(events)) != null) {
            if (data.strip().equals(DONE)) {
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
                if (text.length() + piece.length() > MAX_REPLY_CHARS) {
                    throw errors.protocol("a reply of more than 8M characters", null);
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
            throw errors.protocol("malformed JSON", e);
        }
    }

    private String next(SseEventReader events) throws IOException {
        try {
            return events.next();
        } catch (SseEventReader.TooLarge e) {
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
