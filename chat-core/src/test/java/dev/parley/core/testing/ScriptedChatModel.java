package dev.parley.core.testing;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.TokenSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Fake {@link ChatModel} that follows a script: each call takes the next scripted step (reply, fail
 * after some pieces, or stall until cancelled). Unscripted calls answer {@code "echo: <last user
 * message>"} (whitespace runs become one space) in word-sized pieces. Records every request. Thread-safe.
 */
public final class ScriptedChatModel implements ChatModel {

    private sealed interface Step permits Reply, Fail, Stall {
        List<String> pieces();
    }

    private record Reply(List<String> pieces, TokenUsage usage, boolean reportsUsage) implements Step {
    }

    private record Fail(List<String> pieces, ProviderException failure) implements Step {
    }

    private record Stall(List<String> pieces) implements Step {
    }

    private final Deque<Step> script = new ArrayDeque<>();
    private final List<ModelRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Runnable beforeEachPiece = () -> { };

    public synchronized ScriptedChatModel replyWith(String... pieces) {
        script.add(new Reply(List.of(pieces), null, true));
        return this;
    }

    /** Replies like a provider that reports no token usage. */
    public synchronized ScriptedChatModel replyWithoutUsage(String... pieces) {
        script.add(new Reply(List.of(pieces), null, false));
        return this;
    }

    public synchronized ScriptedChatModel replyWith(List<String> pieces, TokenUsage usage) {
        script.add(new Reply(List.copyOf(pieces), usage, true));
        return this;
    }

    public synchronized ScriptedChatModel failNextWith(ProviderException failure) {
        return failAfter(failure);
    }

    /** Sends {@code pieces}, then fails. */
    public synchronized ScriptedChatModel failAfter(ProviderException failure, String... pieces) {
        script.add(new Fail(List.of(pieces), failure));
        return this;
    }

    /** Sends {@code pieces}, then goes silent until cancelled. */
    public synchronized ScriptedChatModel stallAfter(String... pieces) {
        script.add(new Stall(List.of(pieces)));
        return this;
    }

    /** Runs {@code probe} on the calling thread before each piece is handed over. */
    public ScriptedChatModel beforeEachPiece(Runnable probe) {
        this.beforeEachPiece = probe;
        return this;
    }

    public List<ModelRequest> requests() {
        return List.copyOf(requests);
    }

    public ModelRequest lastRequest() {
        return requests.getLast();
    }

    @Override
    public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
        return run(request, piece -> { }, cancellation);
    }

    @Override
    public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
        return run(request, sink, cancellation);
    }

    private ModelReply run(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
        requests.add(request);
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        Step step = next(request);
        StringBuilder text = new StringBuilder();
        for (String piece : step.pieces()) {
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            beforeEachPiece.run();
            sink.accept(piece);
            text.append(piece);
        }
        return switch (step) {
            case Reply reply -> new ModelReply(text.toString(), !reply.reportsUsage() ? null
                    : reply.usage() != null ? reply.usage() : countedUsage(request, reply.pieces()), "stop");
            case Fail fail -> throw fail.failure();
            case Stall stall -> throw awaitCancellation(cancellation);
        };
    }

    private synchronized Step next(ModelRequest request) {
        Step step = script.poll();
        return step != null ? step : new Reply(echo(request), null, true);
    }

    /** "echo:" then each word of the last user message with the space before it. */
    private static List<String> echo(ModelRequest request) {
        String last = request.messages().stream().filter(m -> m.role() == Role.USER)
                .reduce((a, b) -> b).map(PromptMessage::content).orElse("");
        List<String> pieces = new ArrayList<>();
        pieces.add("echo:");
        for (String word : last.strip().split("\\s+")) {
            pieces.add(" " + word);
        }
        return pieces;
    }

    private static TokenUsage countedUsage(ModelRequest request, List<String> pieces) {
        int prompt = request.messages().stream().mapToInt(m -> m.content().split("\\s+").length).sum();
        return new TokenUsage(prompt, pieces.size());
    }

    private static RuntimeException awaitCancellation(CancellationSignal cancellation) {
        CountDownLatch cancelled = new CountDownLatch(1);
        cancellation.onCancel(cancelled::countDown);
        try {
            if (cancelled.await(30, TimeUnit.SECONDS)) {
                return new CancelledException();
            }
            return new ProviderException(ProviderException.Kind.TIMEOUT, "scripted", 0, "stalled for 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CancelledException(e);
        }
    }
}
