package dev.parley.llm.http;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.port.out.TokenSink;

/**
 * Provider plumbing: the text of one streamed reply as it grows, handing each non-empty piece to the
 * caller's sink; a piece that arrives after the signal was cancelled is not handed over, and a reply
 * over {@link ProviderLimits#MAX_REPLY_CHARS} fails as {@code PROTOCOL}. Not thread-safe.
 */
public final class ReplyText {

    private final TokenSink sink;
    private final CancellationSignal cancellation;
    private final ProviderFailures failures;
    private final StringBuilder text = new StringBuilder();

    public ReplyText(TokenSink sink, CancellationSignal cancellation, ProviderFailures failures) {
        this.sink = sink;
        this.cancellation = cancellation;
        this.failures = failures;
    }

    /** Hands {@code piece} (null or empty is skipped) to the sink, whose exceptions travel as {@link SinkFailure}. */
    public void append(String piece) {
        if (piece == null || piece.isEmpty()) {
            return;
        }
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        if (text.length() + piece.length() > ProviderLimits.MAX_REPLY_CHARS) {
            throw failures.protocol("a reply of more than 8M characters", null);
        }
        try {
            sink.accept(piece);
        } catch (RuntimeException fromCaller) {
            throw new SinkFailure(fromCaller);
        }
        text.append(piece);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
