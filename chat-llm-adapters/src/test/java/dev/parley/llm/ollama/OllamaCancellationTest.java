package dev.parley.llm.ollama;

import static dev.parley.llm.ollama.FakeOllama.ndjson;
import static dev.parley.llm.ollama.OllamaChatModelTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaCancellationTest {

    private final FakeOllama fake = FakeOllama.start();
    private final ProviderHttp http = ProviderHttp.create();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private final OllamaChatModel model = new OllamaChatModel(fake.settings(), http.client());

    @AfterEach
    void stop() {
        fake.close();
        callers.shutdownNow();
        http.close();
    }

    @Test
    void signalCancelledBeforeTheCallSendsNoRequest() {
        CancellationSignal signal = new CancellationSignal();
        signal.cancel();

        assertThatThrownBy(() -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, signal))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> model.generate(request(GenerationOptions.DEFAULTS), signal))
                .isInstanceOf(CancelledException.class);
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void cancellingMidStreamEndsTheCallAndHangsUpOnTheServer() {
        fake.enqueue(fake.emptyPiecesAfter(OllamaTranscripts.piece("Roses")));
        CancellationSignal signal = new CancellationSignal();
        List<String> pieces = new CopyOnWriteArrayList<>();

        Future<ModelReply> call = callers.submit(
                () -> model.stream(request(GenerationOptions.DEFAULTS), pieces::add, signal));
        await().atMost(Duration.ofSeconds(5)).until(() -> pieces.contains("Roses"));
        signal.cancel();

        assertThat(outcomeWithin(call, 5)).isInstanceOf(CancelledException.class);
        await().atMost(Duration.ofSeconds(5)).until(fake::clientHungUp);
        assertThat(pieces).containsExactly("Roses");
    }

    @Test
    void cancellingWhileTheModelLoadsEndsTheCall() {
        fake.enqueue(fake.stallAfter(""));
        CancellationSignal signal = new CancellationSignal();

        Future<ModelReply> call = callers.submit(() -> model.generate(request(GenerationOptions.DEFAULTS), signal));
        fake.takeRequest();
        signal.cancel();

        assertThat(outcomeWithin(call, 5)).isInstanceOf(CancelledException.class);
    }

    @Test
    void exceptionFromTheSinkPropagatesUnchangedAndReleasesTheUpstreamCall() {
        fake.enqueue(fake.emptyPiecesAfter(OllamaTranscripts.piece("Roses")));
        IllegalStateException clientGone = new IllegalStateException("the browser went away");

        assertThatThrownBy(() -> model.stream(request(GenerationOptions.DEFAULTS), piece -> {
            throw clientGone;
        }, new CancellationSignal())).isSameAs(clientGone);
        await().atMost(Duration.ofSeconds(5)).until(fake::clientHungUp);
    }

    @Test
    void piecesAlreadyReceivedAreNotHandedOverOnceCancelled() {
        fake.enqueue(ndjson(OllamaTranscripts.read("chat-stream.ndjson")));
        CancellationSignal signal = new CancellationSignal();
        List<String> pieces = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> model.stream(request(GenerationOptions.DEFAULTS), piece -> {
            pieces.add(piece);
            signal.cancel();
        }, signal)).isInstanceOf(CancelledException.class);
        assertThat(pieces).containsExactly("Roses");
    }

    @Test
    void cancellingAfterTheReplyFinishedChangesNothing() {
        fake.enqueue(ndjson(OllamaTranscripts.read("chat-stream.ndjson")));
        CancellationSignal signal = new CancellationSignal();

        ModelReply reply = model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, signal);
        signal.cancel();

        assertThat(reply.text()).isEqualTo(OllamaTranscripts.REPLY);
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
