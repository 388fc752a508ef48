package dev.parley.llm.openai;

import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.http.ProviderLimits;
import dev.parley.llm.http.ReplyText;
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
        SseEventReader events = new SseEventReader(source, ProviderLimits.MAX_LINE_BYTES,
                ProviderLimits.MAX_EVENT_CHARS);
        ReplyText text = new ReplyText(sink, cancellation, errors.failures());
        TokenUsage usage = null;
        String finishReason = null;
        boolean done = false;
        String data;
        while (!done && (data = events.next()) != null) {
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
            text.append(choice.delta() == null ? null : choice.delta().content());
        }
        if (!done && finishReason == null) {
            throw errors.failures().protocol("the stream ended before the reply was complete", null);
        }
        return new ModelReply(text.toString(), usage, finishReason);
    }

    Completion parse(String json) {
        return errors.failures().read(OpenAiWire.JSON, json, Completion.class);
    }
}
