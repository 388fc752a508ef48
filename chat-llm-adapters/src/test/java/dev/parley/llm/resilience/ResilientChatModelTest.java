package dev.parley.llm.resilience;

import static dev.parley.llm.openai.FakeOpenAi.json;
import static dev.parley.llm.openai.FakeOpenAi.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.TokenSink;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.openai.FakeOpenAi;
import dev.parley.llm.openai.OpenAiChatModel;
import dev.parley.llm.openai.Transcripts;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResilientChatModelTest {

    private static final ModelRequest REQUEST = new ModelRequest("gpt-4o-mini",
            List.of(new PromptMessage(Role.USER, "A poem, please.")), GenerationOptions.DEFAULTS);
    private static final List<String> PIECES = List.of("Roses", " are", " red.");
    private static final String STREAM = Transcripts.stream(PIECES, new TokenUsage(12, 3));
    /** Generous limits, so a test only meets the one it is about. */
    private static final ResilienceSettings ROOMY = new ResilienceSettings(Duration.ofSeconds(5),
            Duration.ofSeconds(5), Duration.ofSeconds(20), 3, Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofSeconds(5));

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();
    private final OpenAiChatModel provider = new OpenAiChatModel(fake.settings("sk-test"), http.client());
    private final List<String> pieces = new CopyOnWriteArrayList<>();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
        callers.shutdownNow();
    }

    @Test
    void anUnavailableProviderIsRetriedAndTheReplyArrivesOnce() {
        fake.enqueue(unavailable());
        fake.enqueue(sse(STREAM));

        ModelReply reply = resilient(ROOMY).stream(REQUEST, pieces::add, new CancellationSignal());

        assertThat(reply.text()).isEqualTo("Roses are red.");
        assertThat(pieces).containsExactlyElementsOf(PIECES);
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void aWholeReplyIsRetriedToo() {
        fake.enqueue(unavailable());
        fake.enqueue(json(200, Transcripts.completion("Roses are red.", null)));

        ModelReply reply = resilient(ROOMY).generate(REQUEST, new CancellationSignal());

        assertThat(reply.text()).isEqualTo("Roses are red.");
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void aRateLimitedProviderIsRetriedAfterItsRetryAfter() {
        Queue<MockResponse> script = new ConcurrentLinkedQueue<>(List.of(
                new MockResponse.Builder(json(429, Transcripts.read("error-429.json")))
                        .setHeader("Retry-After", "1").build(),
                sse(STREAM)));
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        fake.answerAlways(request -> {
            arrivals.add(System.nanoTime());
            return script.poll();
        });

        ModelReply reply = resilient(ROOMY).stream(REQUEST, pieces::add, new CancellationSignal());

        assertThat(reply.text()).isEqualTo("Roses are red.");
        assertThat(arrivals).hasSize(2);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterBeyondTheRetryDeadlineFailsAtOnceWithTheProvidersError() {
        fake.enqueue(new MockResponse.Builder(json(429, Transcripts.read("error-429.json")))
                .setHeader("Retry-After", "7200").build());
        long start = System.nanoTime();

        ProviderException failure = streamFailure(resilient(ROOMY));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 403, 404})
    void aRefusedRequestOrRefusedCredentialsAreNeverRetried(int status) {
        fake.enqueue(json(status, Transcripts.read(status == 400 || status == 404 ? "error-400.json" : "error-401.json")));

        ProviderException failure = streamFailure(resilient(ROOMY));

        assertThat(failure.kind()).isIn(Kind.REJECTED, Kind.AUTHENTICATION);
        assertThat(failure.upstreamStatus()).isEqualTo(status);
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void theLastAttemptsFailureIsTheCallsOnceAttemptsRunOut() {
        fake.answerAlways(request -> unavailable());

        ProviderException failure = streamFailure(resilient(ROOMY));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.upstreamStatus()).isEqualTo(503);
        assertThat(fake.requestCount()).isEqualTo(3);
    }

    @Test
    void aFailureAfterTheFirstPieceIsNotRetriedAndTheSinkKeepsWhatCameBefore() {
        fake.enqueue(sse(Transcripts.streamStart("Roses")
                + "data: {\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\",\"code\":503}}\n\n"));
        fake.enqueue(sse(STREAM));

        ProviderException failure = streamFailure(resilient(ROOMY));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(pieces).containsExactly("Roses");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void anExceptionFromTheSinkIsNeitherRetriedNorChanged() {
        fake.answerAlways(request -> sse(STREAM));
        ProviderException fromCaller = new ProviderException(Kind.UNAVAILABLE, "client", 0, "the browser went away");

        Throwable failure = catchThrowable(() -> resilient(ROOMY).stream(REQUEST, piece -> {
            throw fromCaller;
        }, new CancellationSignal()));

        assertThat(failure).isSameAs(fromCaller);
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void noAttemptStartsOnceTheBackoffWouldPassTheRetryDeadline() {
        fake.answerAlways(request -> unavailable());
        ResilienceSettings settings = ROOMY.withRetries(3, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofMillis(500));
        long start = System.nanoTime();

        ProviderException failure = streamFailure(resilient(settings));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void anAttemptThatTimedOutPastTheRetryDeadlineIsNotRetried() {
        fake.answerAlways(request -> fake.stallAfter(""));
        ResilienceSettings settings = ROOMY
                .withTimeouts(Duration.ofMillis(400), Duration.ofSeconds(5), Duration.ofSeconds(20))
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMillis(300));

        ProviderException failure = streamFailure(resilient(settings));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void cancellingDuringTheBackoffEndsTheCallPromptlyWithoutAnotherRequest() throws Exception {
        fake.answerAlways(request -> new MockResponse.Builder(json(429, Transcripts.read("error-429.json")))
                .setHeader("Retry-After", "4").build());
        AtomicInteger failedAttempts = new AtomicInteger();
        ChatModel counting = new CountingFailures(provider, failedAttempts);
        CancellationSignal signal = new CancellationSignal();

        Future<ModelReply> call = callers.submit(() ->
                new ResilientChatModel("fake-openai", counting, ROOMY).stream(REQUEST, pieces::add, signal));
        await().atMost(Duration.ofSeconds(5)).until(() -> failedAttempts.get() == 1);
        long cancelledAt = System.nanoTime();
        signal.cancel();

        assertThat(outcomeWithin(call, 2)).isInstanceOf(CancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofSeconds(1));
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void aStreamThatDoesNotStartInTimeIsRetried() {
        fake.enqueue(fake.stallAfter(""));
        fake.enqueue(sse(STREAM));
        ResilienceSettings settings = ROOMY.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(20));

        ModelReply reply = resilient(settings).stream(REQUEST, pieces::add, new CancellationSignal());

        assertThat(reply.text()).isEqualTo("Roses are red.");
        assertThat(pieces).containsExactlyElementsOf(PIECES);
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void aStreamThatNeverStartsTimesOutNamingTheFirstTokenLimit() {
        fake.answerAlways(request -> fake.stallAfter(""));
        ResilienceSettings settings = ROOMY
                .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofSeconds(20))
                .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(5));

        ProviderException failure = streamFailure(resilient(settings));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.provider()).isEqualTo("fake-openai");
        assertThat(failure.getMessage()).isEqualTo("The model did not start answering within 300 ms.");
        assertThat(pieces).isEmpty();
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void aStreamThatFallsSilentTimesOutWithThePiecesBeforeInTheSink() {
        fake.enqueue(fake.stallAfter(Transcripts.streamStart("Roses")));
        fake.enqueue(sse(STREAM));
        ResilienceSettings settings = ROOMY.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300),
                Duration.ofSeconds(20));

        ProviderException failure = streamFailure(resilient(settings));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("The model stopped sending for 300 ms in the middle of its reply.");
        assertThat(pieces).containsExactly("Roses");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void anIdleLimitShorterThanTheFirstTokenLimitStillEndsASilentStreamOnTime() {
        fake.enqueue(fake.stallAfter(Transcripts.streamStart("Roses")));
        ResilienceSettings settings = ROOMY.withTimeouts(Duration.ofSeconds(10), Duration.ofMillis(200),
                Duration.ofSeconds(20));
        long start = System.nanoTime();

        ProviderException failure = streamFailure(resilient(settings));

        assertThat(failure.getMessage()).contains("stopped sending for 200 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aStreamThatNeverEndsTimesOutAtTheTotalLimitAndNoPieceFollowsTheFailure() {
        fake.enqueue(fake.server().fillerAfter(Transcripts.streamStart("Roses"), () -> piece(" la")));
        // Long enough for a cold JVM to relay some pieces before the limit.
        ResilienceSettings settings = ROOMY.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofMillis(1500));

        ProviderException failure = streamFailure(resilient(settings));
        int piecesAtFailure = pieces.size();

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("The reply took longer than the 1500 ms limit.");
        assertThat(pieces).first().isEqualTo("Roses");
        assertThat(pieces.subList(1, pieces.size())).isNotEmpty().allMatch(" la"::equals);
        await().atMost(Duration.ofSeconds(5)).until(fake::clientHungUp);
        assertThat(pieces).hasSize(piecesAtFailure);
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void aWholeReplyThatTakesTooLongTimesOutAtTheTotalLimit() {
        fake.enqueue(fake.stallAfter(""));
        ResilienceSettings settings = ROOMY.withTimeouts(Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofMillis(500));

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> resilient(settings).generate(REQUEST, new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("The reply took longer than the 500 ms limit.");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void theCallersCancellationDuringAStreamStaysACancellation() throws Exception {
        fake.enqueue(fake.heartbeatAfter(Transcripts.streamStart("Roses")));
        CancellationSignal signal = new CancellationSignal();

        Future<ModelReply> call = callers.submit(() -> resilient(ROOMY).stream(REQUEST, pieces::add, signal));
        await().atMost(Duration.ofSeconds(5)).until(() -> pieces.contains("Roses"));
        signal.cancel();

        assertThat(outcomeWithin(call, 5)).isInstanceOf(CancelledException.class);
        await().atMost(Duration.ofSeconds(5)).until(fake::clientHungUp);
        assertThat(pieces).containsExactly("Roses");
        assertThat(fake.requestCount()).isEqualTo(1);
    }

    @Test
    void aSignalCancelledBeforehandSendsNoRequest() {
        CancellationSignal signal = new CancellationSignal();
        signal.cancel();

        assertThatThrownBy(() -> resilient(ROOMY).stream(REQUEST, pieces::add, signal))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> resilient(ROOMY).generate(REQUEST, signal))
                .isInstanceOf(CancelledException.class);
        assertThat(fake.requestCount()).isZero();
    }

    private ResilientChatModel resilient(ResilienceSettings settings) {
        return new ResilientChatModel("fake-openai", provider, settings);
    }

    private ProviderException streamFailure(ChatModel model) {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(REQUEST, pieces::add, new CancellationSignal()));
        assertThat(failure).as("the stream should have failed").isNotNull();
        return failure;
    }

    private static MockResponse unavailable() {
        return json(503, Transcripts.read("error-500.json"));
    }

    /** One streamed chunk carrying {@code text}, as OpenAI frames it. */
    private static String piece(String text) {
        return "data: {\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                + text + "\"},\"finish_reason\":null}]}\n\n";
    }

    private static Throwable outcomeWithin(Future<?> call, int seconds) throws InterruptedException {
        try {
            call.get(seconds, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the call did not end within " + seconds + " s", e);
        }
    }

    /** Test support: a delegate that counts its failed attempts, so a test knows a backoff has begun. */
    private record CountingFailures(ChatModel inner, AtomicInteger failures) implements ChatModel {

        @Override
        public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
            try {
                return inner.generate(request, cancellation);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                throw e;
            }
        }

        @Override
        public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
            try {
                return inner.stream(request, sink, cancellation);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                throw e;
            }
        }
    }
}
