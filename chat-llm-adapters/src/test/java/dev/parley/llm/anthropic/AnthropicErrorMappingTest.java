package dev.parley.llm.anthropic;

import static dev.parley.llm.anthropic.AnthropicChatModelTest.request;
import static dev.parley.llm.anthropic.AnthropicTranscripts.event;
import static dev.parley.llm.anthropic.FakeAnthropic.json;
import static dev.parley.llm.anthropic.FakeAnthropic.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.llm.http.CapturedLog;
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicErrorMappingTest {

    private static final String KEY = "sk-ant-api03-0123456789abcdefGHIJwxyz";

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "400 | REJECTED | error-400.json | maximum allowed number | (HTTP 400, invalid_request_error)",
        "401 | AUTHENTICATION | error-401.json | invalid x-api-key | (HTTP 401).",
        "403 | AUTHENTICATION | error-401.json | invalid x-api-key | (HTTP 403).",
        "404 | REJECTED | error-400.json | maximum allowed number | (HTTP 404, invalid_request_error)",
        "429 | RATE_LIMITED | error-429.json | would exceed the rate limit | (HTTP 429, rate_limit_error)",
        "500 | UNAVAILABLE | error-500.json | Internal server error | (HTTP 500, api_error)",
        "503 | UNAVAILABLE | error-500.json | Internal server error | (HTTP 503, api_error)",
        "529 | UNAVAILABLE | error-529.json | Overloaded | (HTTP 529, overloaded_error)"})
    void providerStatusMapsToKindWithAFixedSentenceWhileTheExplanationGoesToTheLog(int status, Kind kind,
            String transcript, String explanation, String detail) {
        fake.enqueue(json(status, AnthropicTranscripts.read(transcript)));

        ProviderException failure;
        try (CapturedLog log = CapturedLog.of(AnthropicErrors.class)) {
            failure = streamFailure(model());
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line)
                    .contains("fake-anthropic").contains(String.valueOf(status)).contains(explanation));
        }

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.upstreamStatus()).isEqualTo(status);
        assertThat(failure.provider()).isEqualTo("fake-anthropic");
        assertThat(failure.getMessage()).contains("The model provider fake-anthropic").contains(detail)
                .doesNotContain(explanation);
    }

    @Test
    void refusedCredentialsGiveAFixedSentenceWithNothingOfTheProvidersAnswer() {
        fake.enqueue(json(401, AnthropicTranscripts.read("error-401.json")));

        assertThat(streamFailure(model()).getMessage())
                .isEqualTo("The model provider fake-anthropic refused Parley's credentials (HTTP 401).");
    }

    @Test
    void rateLimitNamesTheErrorTypeButNotTheOrganisationOrItsLimits() {
        fake.enqueue(json(429, AnthropicTranscripts.read("error-429.json")));

        assertThat(streamFailure(model()).getMessage()).contains("rate_limit_error")
                .doesNotContain("5f3c2a1e").doesNotContain("50,000");
    }

    @Test
    void errorTypeThatIsNotAnEnumerationIsLeftOut() {
        fake.enqueue(json(400, "{\"type\":\"error\",\"error\":{\"type\":\"see https://evil.example/phish\","
                + "\"message\":\"no\"}}"));

        assertThat(streamFailure(model()).getMessage()).doesNotContain("evil")
                .endsWith("rejected the request (HTTP 400).");
    }

    @Test
    void wholeReplyRequestMapsStatusesLikeAStream() {
        fake.enqueue(json(529, AnthropicTranscripts.read("error-529.json")));

        ProviderException failure = generateFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("overloaded_error");
    }

    @Test
    void errorBodySentWithStatus200IsReportedByItsType() {
        fake.enqueue(json(200, AnthropicTranscripts.read("error-429.json")));

        assertThat(generateFailure(model()).kind()).isEqualTo(Kind.RATE_LIMITED);
    }

    @Test
    void proxyErrorPageGivesTheStatusWithoutTheHtml() {
        fake.enqueue(new MockResponse.Builder().code(502)
                .setHeader("Content-Type", "text/html").body("<html><body>Bad gateway</body></html>").build());

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("502").doesNotContain("<html>");
    }

    @Test
    void apiKeyEchoedByTheServerReachesNeitherTheMessageNorTheLog() {
        fake.enqueue(json(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":"
                + "\"invalid x-api-key " + KEY + ", also known as sk-ant-api03-****wxyz\"}}"));

        try (CapturedLog log = CapturedLog.of(AnthropicErrors.class)) {
            ProviderException failure = streamFailure(model());

            assertThat(failure.getMessage()).doesNotContain(KEY).doesNotContain("sk-ant").doesNotContain("wxyz");
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("invalid x-api-key"));
            assertThat(log.text()).doesNotContain(KEY).doesNotContain("sk-ant").doesNotContain("wxyz");
        }
    }

    @Test
    void providerExplanationCannotForgeLogLines() {
        fake.enqueue(json(500, "{\"type\":\"error\",\"error\":{\"type\":\"api_error\","
                + "\"message\":\"oops\\nWARN admin password reset\\r\\u2028x\"}}"));

        try (CapturedLog log = CapturedLog.of(AnthropicErrors.class)) {
            streamFailure(model());

            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("oops"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain("\r")
                            .doesNotContain("\u2028"));
        }
    }

    @Test
    void serverThatIsDownIsUnavailable() {
        String deadUrl;
        try (FakeAnthropic gone = FakeAnthropic.start()) {
            deadUrl = gone.baseUrl();
        }
        AnthropicChatModel model = new AnthropicChatModel(AnthropicSettings.of(deadUrl, KEY), http.client());

        ProviderException failure = streamFailure(model);

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.upstreamStatus()).isZero();
        assertThat(failure.getMessage()).doesNotContain(KEY);
    }

    @Test
    void overloadedErrorEventMidStreamFailsAfterTheEarlierPieces() {
        fake.enqueue(sse(AnthropicTranscripts.read("messages-stream-error.sse")));
        List<String> pieces = new ArrayList<>();

        ProviderException failure;
        try (CapturedLog log = CapturedLog.of(AnthropicErrors.class)) {
            failure = catchThrowableOfType(ProviderException.class, () -> model().stream(
                    request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal()));
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("Overloaded"));
        }

        assertThat(pieces).containsExactly("Roses", " are");
        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage())
                .isEqualTo("The model provider fake-anthropic is unavailable (while answering, overloaded_error); "
                        + "try again later.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "rate_limit_error, RATE_LIMITED",
        "invalid_request_error, REJECTED",
        "permission_error, AUTHENTICATION",
        "api_error, UNAVAILABLE",
        "some_future_error, UNAVAILABLE"})
    void errorEventMidStreamMapsByItsType(String type, Kind kind) {
        fake.enqueue(sse(AnthropicTranscripts.streamStart("Hi") + event("error",
                "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"Something\"}}")));

        assertThat(streamFailure(model()).kind()).isEqualTo(kind);
    }

    @Test
    void streamThatEndsBeforeTheReplyIsCompleteIsAProtocolFailure() {
        fake.enqueue(sse(AnthropicTranscripts.read("messages-stream-truncated.sse")));

        assertThat(streamFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void unreadableEventIsAProtocolFailure() {
        fake.enqueue(sse(AnthropicTranscripts.streamStart("Hi") + "event: content_block_delta\ndata: {\"type\":\n\n"));

        assertThat(streamFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void eventWithoutATypeIsAProtocolFailure() {
        fake.enqueue(sse(AnthropicTranscripts.streamStart("Hi") + "data: {\"delta\":{\"text\":\"x\"}}\n\n"));

        assertThat(streamFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void unreadableWholeReplyIsAProtocolFailure() {
        fake.enqueue(json(200, "<html>Welcome to the hotel wifi</html>"));

        assertThat(generateFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void redirectIsNotFollowedSoTheKeyNeverReachesAnotherHost() {
        try (FakeAnthropic elsewhere = FakeAnthropic.start()) {
            fake.enqueue(new MockResponse.Builder().code(307)
                    .setHeader("Location", elsewhere.baseUrl() + "/v1/messages").build());

            ProviderException failure = streamFailure(model());

            assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
            assertThat(failure.getMessage()).contains("HTTP 307");
            assertThat(elsewhere.requestCount()).isZero();
        }
    }

    @Test
    void silentStreamTimesOutAfterTheIdleGap() {
        fake.enqueue(fake.stallAfter(AnthropicTranscripts.streamStart("Roses")));
        AnthropicChatModel model = new AnthropicChatModel(fake.settings(KEY, Duration.ofMillis(300)), http.client());
        List<String> pieces = new ArrayList<>();

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal()));

        assertThat(pieces).containsExactly("Roses");
        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("The model provider fake-anthropic sent nothing for 300 ms.");
    }

    @Test
    void silentWholeReplyTimesOut() {
        fake.enqueue(fake.stallAfter(""));
        AnthropicChatModel model = new AnthropicChatModel(fake.settings(KEY, Duration.ofMillis(300)), http.client());

        assertThat(generateFailure(model).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void rateLimitWithRetryAfterCarriesTheWait() {
        fake.enqueue(new MockResponse.Builder(json(429, AnthropicTranscripts.read("error-429.json")))
                .setHeader("retry-after", "7").build());

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void overloadedWithRetryAfterCarriesTheWait() {
        fake.enqueue(new MockResponse.Builder(json(529, AnthropicTranscripts.read("error-529.json")))
                .setHeader("retry-after", "3").build());

        assertThat(generateFailure(model()).retryAfter()).isEqualTo(Duration.ofSeconds(3));
    }

    private AnthropicChatModel model() {
        return new AnthropicChatModel(fake.settings(KEY), http.client());
    }

    private static ProviderException streamFailure(AnthropicChatModel model) {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal()));
        assertThat(failure).as("the stream should have failed").isNotNull();
        return failure;
    }

    private static ProviderException generateFailure(AnthropicChatModel model) {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));
        assertThat(failure).as("the call should have failed").isNotNull();
        return failure;
    }
}
