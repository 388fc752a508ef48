package dev.parley.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.ChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contract of {@link ChatModel}; every provider adapter's test extends it, driving its own loopback
 * fake of the provider through the three abstract methods.
 */
public abstract class ChatModelContract {

    protected static final List<String> PIECES = List.of("Hel", "lo", ",", " wor", "ld\nsecond line", " ✓");
    protected static final TokenUsage USAGE = new TokenUsage(11, 6);

    /** A model whose provider answers the next call with exactly these pieces, then this usage. */
    protected abstract ChatModel modelThatReplies(List<String> pieces, TokenUsage usage);

    /** A model whose provider refuses the next call in the way {@code kind} names. */
    protected abstract ChatModel modelThatFails(ProviderException.Kind kind);

    /** A model whose provider sends {@code firstPiece}, then keeps the call open, silent, until it is closed. */
    protected abstract ChatModel modelThatStallsAfter(String firstPiece);

    protected ModelRequest request() {
        return new ModelRequest("contract-model",
                List.of(new PromptMessage(Role.SYSTEM, "Be brief."), new PromptMessage(Role.USER, "Say hello")),
                new GenerationOptions(0.5, 64));
    }

    @Test
    void streamHandsOverEveryPieceInOrderAndReturnsTheirConcatenationWithUsage() {
        List<String> received = new CopyOnWriteArrayList<>();

        ModelReply reply = modelThatReplies(PIECES, USAGE).stream(request(), received::add, new CancellationSignal());

        assertThat(String.join("", received)).isEqualTo(String.join("", PIECES));
        assertThat(reply.text()).isEqualTo(String.join("", PIECES));
        assertThat(reply.usage()).isEqualTo(USAGE);
    }

    @Test
    void generateReturnsTheWholeReplyAtOnce() {
        ModelReply reply = modelThatReplies(PIECES, USAGE).generate(request(), new CancellationSignal());

        assertThat(reply.text()).isEqualTo(String.join("", PIECES));
        assertThat(reply.usage()).isEqualTo(USAGE);
    }

    @ParameterizedTest
    @EnumSource(value = ProviderException.Kind.class, names = {"UNAVAILABLE", "RATE_LIMITED", "AUTHENTICATION", "REJECTED"})
    void aProviderRefusalIsReportedWithItsKindWhenStreaming(ProviderException.Kind kind) {
        List<String> received = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> modelThatFails(kind).stream(request(), received::add, new CancellationSignal()))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(kind));
        assertThat(received).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProviderException.Kind.class, names = {"UNAVAILABLE", "RATE_LIMITED", "AUTHENTICATION", "REJECTED"})
    void aProviderRefusalIsReportedWithItsKindWhenGenerating(ProviderException.Kind kind) {
        assertThatThrownBy(() -> modelThatFails(kind).generate(request(), new CancellationSignal()))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void aSignalCancelledBeforehandStopsTheCallBeforeAnyText() {
        CancellationSignal cancelled = new CancellationSignal();
        cancelled.cancel();
        List<String> received = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> modelThatReplies(PIECES, USAGE).stream(request(), received::add, cancelled))
                .isInstanceOf(CancelledException.class);
        assertThat(received).isEmpty();
    }

    @Test
    void cancellingMidStreamEndsTheCallPromptly() throws Exception {
        ChatModel model = modelThatStallsAfter("first");
        CancellationSignal signal = new CancellationSignal();
        List<String> received = new CopyOnWriteArrayList<>();
        CompletableFuture<ModelReply> call = CompletableFuture.supplyAsync(
                () -> model.stream(request(), received::add, signal), runnable -> Thread.ofVirtual().start(runnable));

        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("first"));
        signal.cancel();

        assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancelledException.class);
    }

    @Test
    void anExceptionFromTheSinkStopsTheStreamAndEscapesUnchanged() {
        IllegalStateException clientGone = new IllegalStateException("client gone");
        List<String> received = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> modelThatReplies(PIECES, USAGE).stream(request(), piece -> {
            received.add(piece);
            throw clientGone;
        }, new CancellationSignal())).isSameAs(clientGone);
        assertThat(received).hasSize(1);
    }
}
