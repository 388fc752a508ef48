package dev.parley.llm.resilience;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.TokenSink;
import java.util.Objects;

/**
 * Driven adapter: a {@link ChatModel} that puts time limits and retries around another one, for any
 * provider. Thread-safe when the delegate is.
 *
 * <p>Retries: a failed attempt is tried again only while nothing of its reply has reached the sink,
 * and only when it failed with a transient {@link ProviderException} (unavailable, rate limited,
 * timed out); never after a refusal of credentials or of the request, an unreadable reply, a
 * cancellation, or an exception the sink threw. Between attempts it waits the provider's
 * {@code Retry-After} when it gave one, else an exponential backoff with jitter; a wait that would
 * start the next attempt after the retry deadline is not waited, and the call fails at once with the
 * provider's error. Cancelling the caller's signal during a wait ends the call promptly.
 *
 * <p>Time limits, each ending the call with a {@code TIMEOUT} {@link ProviderException} whose message
 * names the limit: for a stream, the first piece must come within the first-token timeout of the
 * attempt's start (else the attempt counts as a transient failure and may be retried), and later
 * pieces within the idle timeout of each other; for every call, the total timeout covers all attempts
 * and waits. A whole reply ({@link #generate}) has only the total timeout: it arrives in one piece
 * once the model has written all of it, so its wait grows with its length and no first-token limit
 * could tell a slow model from a long answer (the provider's own read timeout still bounds its
 * silence). When a limit passes, the attempt's upstream call is cancelled and no piece reaches the
 * sink after that, so the sink holds exactly the reply's text up to the failure, for the caller to
 * keep as a partial reply. A cancellation by the caller stays a {@link CancelledException}.
 */
public final class ResilientChatModel implements ChatModel {

    private final String providerName;
    private final ChatModel delegate;
    private final ResilienceSettings settings;
    private final Backoff backoff;

    /** {@code providerName} names the provider in the timeouts' errors, as the delegate names it in its own. */
    public ResilientChatModel(String providerName, ChatModel delegate, ResilienceSettings settings) {
        this.providerName = Objects.requireNonNull(providerName, "providerName");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    }

    @Override
    public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
        Objects.requireNonNull(request, "request");
        return newCall(cancellation).run(null, attempt -> delegate.generate(request, attempt.signal()));
    }

    @Override
    public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sink, "sink");
        return newCall(cancellation).run(sink, attempt -> delegate.stream(request, attempt, attempt.signal()));
    }

    private ResilientCall newCall(CancellationSignal cancellation) {
        return new ResilientCall(providerName, settings, backoff, Watchdog.SHARED,
                Objects.requireNonNull(cancellation, "cancellation"));
    }
}
