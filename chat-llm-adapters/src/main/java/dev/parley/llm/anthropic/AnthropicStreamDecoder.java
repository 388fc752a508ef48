package dev.parley.llm.anthropic;

import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.anthropic.AnthropicWire.ContentBlock;
import dev.parley.llm.anthropic.AnthropicWire.Delta;
import dev.parley.llm.anthropic.AnthropicWire.StreamEvent;
import dev.parley.llm.anthropic.AnthropicWire.Usage;
import dev.parley.llm.http.ProviderLimits;
import dev.parley.llm.http.ReplyText;
import dev.parley.llm.http.SseEventReader;
import java.io.IOException;
import okio.BufferedSource;

/**
 * Reads a streamed Messages reply (server-sent events, framed by {@link SseEventReader}) on the
 * calling thread. Each event's data is one JSON object whose {@code type} names it (Anthropic repeats
 * it in the SSE {@code event} field, which is not needed): {@code message_start} carries the prompt's
 * token count, {@code content_block_delta} a {@code text_delta} piece, {@code message_delta} the stop
 * reason and the output token count, {@code message_stop} ends the reply and {@code error} fails it.
 * {@code ping}, block starts and stops, non-text deltas (thinking, tool input) and event types
 * Anthropic may add later are skipped. A stream that ends without {@code message_stop} counts as
 * complete only after a {@code message_delta} gave its stop reason.
 *
 * <p>What it holds is bounded: a line over 1 MiB, an event over 1M characters or a reply over 8M
 * characters fails as {@code PROTOCOL}, and the caller then drops the connection.
 */
final class AnthropicStreamDecoder {

    private final AnthropicErrors errors;

    AnthropicStreamDecoder(AnthropicErrors errors) {
        this.errors = errors;
    }

    /**
     * Hands every non-empty text piece to {@code sink} and returns the finished reply. Pieces already
     * buffered when the signal is cancelled are not handed over.
     */
    ModelReply decode(BufferedSource source, TokenSink sink, CancellationSignal cancellation) throws IOException {
        SseEventReader events = new SseEventReader(source, ProviderLimits.MAX_LINE_BYTES,
                ProviderLimits.MAX_EVENT_CHARS);
        Progress progress = new Progress(sink, cancellation);
        String data;
        while (!progress.stopped && (data = events.next()) != null) {
            StreamEvent event = parse(data, StreamEvent.class);
            if (event.type() == null) {
                throw errors.failures().protocol("an event without a type", null);
            }
            switch (event.type()) {
                case "message_start" ->
                        progress.countPrompt(event.message() == null ? null : event.message().usage());
                case "content_block_start" -> progress.append(textOf(event.contentBlock()));
                case "content_block_delta" -> progress.append(textOf(event.delta()));
                case "message_delta" -> progress.finish(event.delta(), event.usage());
                case "message_stop" -> progress.stopped = true;
                case AnthropicWire.ERROR -> throw errors.fromErrorObject(event.error());
                default -> {
                    // ping, content_block_stop, and event types newer than this adapter
                }
            }
        }
        if (!progress.stopped && progress.stopReason == null) {
            throw errors.failures().protocol("the stream ended before the reply was complete", null);
        }
        return new ModelReply(progress.text.toString(),
                AnthropicWire.usageOf(progress.promptTokens, progress.outputTokens), progress.stopReason);
    }

    <T> T parse(String json, Class<T> type) {
        return errors.failures().read(AnthropicWire.JSON, json, type);
    }

    private static String textOf(Delta delta) {
        return delta != null && AnthropicWire.TEXT_DELTA.equals(delta.type()) ? delta.text() : null;
    }

    private static String textOf(ContentBlock block) {
        return block != null && AnthropicWire.TEXT.equals(block.type()) ? block.text() : null;
    }

    /** What one stream has delivered so far. */
    private final class Progress {

        private final ReplyText text;
        private Integer promptTokens;
        private Integer outputTokens;
        private String stopReason;
        private boolean stopped;

        private Progress(TokenSink sink, CancellationSignal cancellation) {
            this.text = new ReplyText(sink, cancellation, errors.failures());
        }

        void append(String piece) {
            text.append(piece);
        }

        void countPrompt(Usage usage) {
            if (usage != null && usage.promptTokens() != null) {
                promptTokens = usage.promptTokens();
            }
        }

        /** Only a message_delta's output count is final; message_start's is a placeholder. */
        void finish(Delta delta, Usage usage) {
            if (delta != null && delta.stopReason() != null) {
                stopReason = delta.stopReason();
            }
            countPrompt(usage);
            if (usage != null && usage.outputTokens() != null) {
                outputTokens = usage.outputTokens();
            }
        }
    }
}
