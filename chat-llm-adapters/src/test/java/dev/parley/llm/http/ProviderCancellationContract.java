package dev.parley.llm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What cancelling a call to a provider-backed {@link ChatModel} must do, whatever the provider. A
 * subclass names the model under test, the fake it talks to, and what that fake streams.
 */
public abstract class ProviderCancellationContract {

    /** The first piece of text that {@link #firstPieceThenFiller(String)} streams. */
    protected static final String FIRST_PIECE = "Roses";

    /** The client the model under test should use; closed after each test. */
    protected final ProviderHttp http = ProviderHttp.create();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    /** The fake provider the model talks to; closed after each test. */
    protected abstract FakeProvider fake();

    /** The model under test, talking to {@link #fake()} through {@link #http}. */
    protected abstract ChatModel model();

    /** A request the model accepts. */
    protected abstract ModelRequest request();

    /**
     * A stream that carries {@code piece}, then filler frames without text (the provider's own kind
     * of heartbeat) until the client hangs up.
     */
    protected abstract MockResponse firstPieceThenFiller(String piece);

    /** A whole streamed reply, whose first piece is {@link #FIRST_PIECE}. */
    protected abstract MockResponse wholeStream();

    /** The text of {@link #wholeStream()}. */
    protected abstract String wholeStreamText();

    @AfterEach
    void stopProviderAndCallers() {
        fake().close();
        callers.shutdownNow();
        http.close();
    }

    @Test
    void signalCancelledBeforeTheCallSendsNoRequest() {
        CancellationSignal signal = new CancellationSignal();
        signal.cancel();

        assertThatThrownBy(() -> model().stream(request(), piece -> { }, signal))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> model().generate(request(), signal))
                .isInstanceOf(CancelledException.class);
        assertThat(fake().requestCount()).isZero();
    }

    @Test
    void cancellingMidStreamEndsTheCallAndHangsUpOnTheProvider() {
        fake().enqueue(firstPieceThenFiller(FIRST_PIECE));
        CancellationSignal signal = new CancellationSignal();
        List<String> pieces = new CopyOnWriteArrayList<>();

        Future<ModelReply> call = callers.submit(() -> model().stream(request(), pieces::add, signal));
        await().atMost(Duration.ofSeconds(5)).until(() -> pieces.contains(FIRST_PIECE));
        signal.cancel();

        assertThat(outcomeWithin(call, 5)).isInstanceOf(CancelledException.class);
        await().atMost(Duration.ofSeconds(5)).until(fake()::clientHungUp);
        assertThat(pieces).containsExactly(FIRST_PIECE);
    }

    @Test
    void cancellingWhileTheModelIsSilentEndsTheCall() {
        fake().enqueue(fake().stallAfter(""));
        CancellationSignal signal = new CancellationSignal();

        Future<ModelReply> call = callers.submit(() -> model().generate(request(), signal));
        fake().takeRequest();
        signal.cancel();

        assertThat(outcomeWithin(call, 5)).isInstanceOf(CancelledException.class);
    }

    @Test
    void exceptionFromTheSinkPropagatesUnchangedAndReleasesTheUpstreamCall() {
        fake().enqueue(firstPieceThenFiller(FIRST_PIECE));
        IllegalStateException clientGone = new IllegalStateException("the browser went away");

        assertThatThrownBy(() -> model().stream(request(), piece -> {
            throw clientGone;
        }, new CancellationSignal())).isSameAs(clientGone);
        await().atMost(Duration.ofSeconds(5)).until(fake()::clientHungUp);
    }

    @Test
    void piecesAlreadyReceivedAreNotHandedOverOnceCancelled() {
        fake().enqueue(wholeStream());
        CancellationSignal signal = new CancellationSignal();
        List<String> pieces = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> model().stream(request(), piece -> {
            pieces.add(piece);
            signal.cancel();
        }, signal)).isInstanceOf(CancelledException.class);
        assertThat(pieces).containsExactly(FIRST_PIECE);
    }

    @Test
    void cancellingAfterTheReplyFinishedChangesNothing() {
        fake().enqueue(wholeStream());
        CancellationSignal signal = new CancellationSignal();

        ModelReply reply = model().stream(request(), piece -> { }, signal);
        signal.cancel();

        assertThat(reply.text()).isEqualTo(wholeStreamText());
    }

    private static Throwable outcomeWithin(Future<?> call, int seconds) {
        try {
            call.get(seconds, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the call did not end within " + seconds + " s", e);
        }
    }
}
