package dev.parley.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.TokenSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** What ResilientChatModel guarantees whatever its delegate does, shown with delegates written for each case. */
class ResilientChatModelGuaranteesTest {

    private static final ModelRequest REQUEST = new ModelRequest("any",
            List.of(new PromptMessage(Role.USER, "Hello")), GenerationOptions.DEFAULTS);
    private static final ResilienceSettings SETTINGS = new ResilienceSettings(Duration.ofSeconds(5),
            Duration.ofMillis(200), Duration.ofSeconds(10), 3, Duration.ofMillis(10), Duration.ofMillis(10),
            Duration.ofSeconds(30));

    private final List<String> pieces = new CopyOnWriteArrayList<>();

    @Test
    void aPieceOfferedAfterTheIdleLimitNeverReachesTheSink() {
        AtomicBoolean lateRefused = new AtomicBoolean();
        ChatModel ignoresItsSignal = streaming((sink, signal) -> {
            sink.accept("Roses");
            awaitCancelled(signal);
            try {
                sink.accept(" late");
            } catch (CancelledException refused) {
                lateRefused.set(true);
            }
            return new ModelReply("Roses late", null, "stop");
        });

        Throwable failure = catchThrowable(() -> resilient(ignoresItsSignal, SETTINGS)
                .stream(REQUEST, pieces::add, new CancellationSignal()));

        assertThat(failure).isInstanceOfSatisfying(ProviderException.class,
                timeout -> assertThat(timeout.kind()).isEqualTo(Kind.TIMEOUT));
        assertThat(pieces).containsExactly("Roses");
        assertThat(lateRefused).isTrue();
    }

    @Test
    void timeTheSinkTakesIsNotSilence() {
        ChatModel quick = streaming((sink, signal) -> {
            sink.accept("Roses");
            sink.accept(" are red.");
            return new ModelReply("Roses are red.", null, "stop");
        });
        TokenSink slowClient = piece -> {
            // A client three idle limits slow: the model is not the one keeping the stream quiet.
            LockSupport.parkNanos(Duration.ofMillis(600).toNanos());
            pieces.add(piece);
        };

        ModelReply reply = resilient(quick, SETTINGS).stream(REQUEST, slowClient, new CancellationSignal());

        assertThat(reply.text()).isEqualTo("Roses are red.");
        assertThat(pieces).containsExactly("Roses", " are red.");
    }

    @Test
    void theSinksOwnExceptionStaysItsOwnEvenWhenALimitPassedMeanwhile() {
        CountDownLatch attemptStopped = new CountDownLatch(1);
        IllegalStateException clientGone = new IllegalStateException("the browser went away");
        ChatModel quick = streaming((sink, signal) -> {
            signal.onCancel(attemptStopped::countDown);
            sink.accept("Roses");
            return new ModelReply("Roses", null, "stop");
        });
        TokenSink slowThenGone = piece -> {
            awaitLatch(attemptStopped);
            throw clientGone;
        };
        ResilienceSettings settings = SETTINGS.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofMillis(200));

        Throwable failure = catchThrowable(() -> resilient(quick, settings)
                .stream(REQUEST, slowThenGone, new CancellationSignal()));

        assertThat(failure).isSameAs(clientGone);
    }

    @Test
    void aWholeReplyReturnedAfterTheTotalLimitIsNotReturned() {
        ChatModel ignoresItsSignal = whole(signal -> {
            awaitCancelled(signal);
            return new ModelReply("too late", null, "stop");
        });
        ResilienceSettings settings = SETTINGS.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofMillis(200));

        Throwable failure = catchThrowable(() -> resilient(ignoresItsSignal, settings)
                .generate(REQUEST, new CancellationSignal()));

        assertThat(failure).hasMessage("The reply took longer than the 200 ms limit.");
    }

    @Test
    void interruptingTheCallerDuringABackoffEndsTheCallAndKeepsTheInterrupt() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        ChatModel rateLimited = whole(signal -> {
            attempts.incrementAndGet();
            throw new ProviderException(Kind.RATE_LIMITED, "p", 429, Duration.ofSeconds(20), "slow down");
        });
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                resilient(rateLimited, SETTINGS).generate(REQUEST, new CancellationSignal());
            } catch (RuntimeException e) {
                outcome.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
            ended.countDown();
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 1);

        caller.interrupt();

        assertThat(ended.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome.get()).isInstanceOf(CancelledException.class);
        assertThat(stillInterrupted).isTrue();
        assertThat(attempts).hasValue(1);
    }

    @Test
    void nonTransientFailuresAndCancellationsAreNotRetried() {
        for (Kind kind : List.of(Kind.AUTHENTICATION, Kind.REJECTED, Kind.PROTOCOL)) {
            AtomicInteger attempts = new AtomicInteger();
            ChatModel refusing = whole(signal -> {
                attempts.incrementAndGet();
                throw new ProviderException(kind, "p", 0, "no");
            });

            assertThat(catchThrowable(() -> resilient(refusing, SETTINGS).generate(REQUEST, new CancellationSignal())))
                    .isInstanceOf(ProviderException.class);
            assertThat(attempts).as(kind.name()).hasValue(1);
        }
        AtomicInteger attempts = new AtomicInteger();
        ChatModel cancelling = whole(signal -> {
            attempts.incrementAndGet();
            throw new CancelledException();
        });

        assertThat(catchThrowable(() -> resilient(cancelling, SETTINGS).generate(REQUEST, new CancellationSignal())))
                .isInstanceOf(CancelledException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void eachAttemptGetsAFreshSignalSoARetryIsNotBornCancelled() {
        List<CancellationSignal> seen = new CopyOnWriteArrayList<>();
        ChatModel stallsOnce = streaming((sink, signal) -> {
            seen.add(signal);
            if (seen.size() == 1) {
                awaitCancelled(signal);
                throw new CancelledException();
            }
            sink.accept("Roses");
            return new ModelReply("Roses", null, "stop");
        });
        ResilienceSettings settings = SETTINGS.withTimeouts(Duration.ofMillis(200), Duration.ofSeconds(5),
                Duration.ofSeconds(10));

        ModelReply reply = resilient(stallsOnce, settings).stream(REQUEST, pieces::add, new CancellationSignal());

        assertThat(reply.text()).isEqualTo("Roses");
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).isCancelled()).isTrue();
        assertThat(seen.get(1).isCancelled()).isFalse();
    }

    private static ResilientChatModel resilient(ChatModel delegate, ResilienceSettings settings) {
        return new ResilientChatModel("p", delegate, settings);
    }

    private static void awaitCancelled(CancellationSignal signal) {
        CountDownLatch cancelled = new CountDownLatch(1);
        signal.onCancel(cancelled::countDown);
        awaitLatch(cancelled);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the attempt's signal was never cancelled");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private interface StreamScript {
        ModelReply run(TokenSink sink, CancellationSignal signal);
    }

    private interface WholeScript {
        ModelReply run(CancellationSignal signal);
    }

    private static ChatModel streaming(StreamScript script) {
        return new ChatModel() {
            @Override
            public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
                return script.run(sink, cancellation);
            }
        };
    }

    private static ChatModel whole(WholeScript script) {
        return new ChatModel() {
            @Override
            public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
                return script.run(cancellation);
            }

            @Override
            public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
