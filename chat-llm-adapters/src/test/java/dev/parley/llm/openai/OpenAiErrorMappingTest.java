package dev.parley.llm.openai;

import static dev.parley.llm.openai.FakeOpenAi.json;
import static dev.parley.llm.openai.FakeOpenAi.sse;
import static dev.parley.llm.openai.OpenAiChatModelTest.request;
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

class OpenAiErrorMappingTest {

    private static final String KEY = "sk-test-0123456789abcdefwxyz";

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "400, REJECTED, error-400.json, maximum context length is 128000 tokens, rejected the request",
        "401, AUTHENTICATION, error-401.json, Incorrect API key provided, refused Parley's credentials",
        "403, AUTHENTICATION, error-401.json, Incorrect API key provided, refused Parley's credentials",
        "404, REJECTED, error-400.json, maximum context length, rejected the request",
        "429, RATE_LIMITED, error-429.json, Rate limit reached for gpt-4o-mini, try again later",
        "500, UNAVAILABLE, error-500.json, The server had an error, is unavailable",
        "503, UNAVAILABLE, error-500.json, The server had an error, is unavailable"})
    void providerStatusMapsToKindWithAFixedSentenceWhileTheExplanationGoesToTheLog(int status, Kind kind,
            String transcript, String explanation, String sentence) {
        fake.enqueue(json(status, Transcripts.read(transcript)));

        ProviderException failure;
        try (CapturedLog log = CapturedLog.of(OpenAiErrors.class)) {
            failure = streamFailure(model());
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line)
                    .contains("fake-openai").contains(String.valueOf(status)).contains(explanation));
        }

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.upstreamStatus()).isEqualTo(status);
        assertThat(failure.provider()).isEqualTo("fake-openai");
        assertThat(failure.getMessage()).contains("fake-openai").contains("HTTP " + status).contains(sentence)
                .doesNotContain(explanation);
    }

    @Test
    void refusedCredentialsGiveAFixedSentenceWithNothingOfTheProvidersAnswer() {
        fake.enqueue(json(401, Transcripts.read("error-401.json")));

        ProviderException failure = streamFailure(model());

        assertThat(failure.getMessage())
                .isEqualTo("The model provider fake-openai refused Parley's credentials (HTTP 401).")
                .doesNotContain(KEY).doesNotContain("sk-te").doesNotContain("wxyz").doesNotContain("invalid_api_key");
    }

    @Test
    void rejectedRequestNamesTheProvidersErrorCodeButNotItsExplanation() {
        fake.enqueue(json(400, Transcripts.read("error-400.json")));

        assertThat(streamFailure(model()).getMessage())
                .contains("context_length_exceeded").doesNotContain("128000");
    }

    @Test
    void rateLimitNamesTheProvidersErrorCodeButNotTheAccount() {
        fake.enqueue(json(429, Transcripts.read("error-429.json")));

        assertThat(streamFailure(model()).getMessage())
                .contains("rate_limit_exceeded").doesNotContain("org-Parley01").doesNotContain("Limit 3");
    }

    @ParameterizedTest(name = "code {0}")
    @CsvSource(delimiter = '|', value = {
        "sk-test-0123456789abcdefwxyz",
        "sk-te****wxyz",
        "see https://evil.example/phish",
        "Your account org-Parley01 is over its limit",
        "ends_with_digits_4711"})
    void errorCodeThatIsNotAnEnumerationIsLeftOut(String code) {
        fake.enqueue(json(400, "{\"error\":{\"message\":\"no\",\"type\":" + quote(code)
                + ",\"code\":" + quote(code) + "}}"));

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).doesNotContain(code).endsWith("rejected the request (HTTP 400).");
    }

    @Test
    void wholeReplyRequestMapsStatusesLikeAStream() {
        fake.enqueue(json(429, Transcripts.read("error-429.json")));

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model().generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.getMessage()).doesNotContain("org-Parley01");
    }

    @Test
    void proxyErrorPageGivesTheStatusWithoutTheHtml() {
        fake.enqueue(new mockwebserver3.MockResponse.Builder().code(502)
                .setHeader("Content-Type", "text/html").body("<html><body>Bad gateway</body></html>").build());

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("502").doesNotContain("<html>");
    }

    @Test
    void apiKeyEchoedByTheServerReachesNeitherTheMessageNorTheLog() {
        fake.enqueue(json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
                + ", also known as sk-te****wxyz or " + KEY.substring(0, 12) + "****\"}}"));

        try (CapturedLog log = CapturedLog.of(OpenAiErrors.class)) {
            ProviderException failure = streamFailure(model());

            assertThat(failure.getMessage()).doesNotContain(KEY).doesNotContain("sk-te").doesNotContain("wxyz");
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("Incorrect API key provided"));
            assertThat(log.text()).doesNotContain(KEY).doesNotContain("sk-te").doesNotContain("wxyz");
        }
    }

    @Test
    void providerExplanationCannotForgeLogLines() {
        fake.enqueue(json(500, "{\"error\":{\"message\":\"oops\\nWARN admin password reset\\r\\u2028x\"}}"));

        try (CapturedLog log = CapturedLog.of(OpenAiErrors.class)) {
            streamFailure(model());

            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("oops"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain("\r")
                            .doesNotContain("\u2028"));
        }
    }

    @Test
    void serverThatIsDownIsUnavailable() {
        String deadUrl;
        try (FakeOpenAi gone = FakeOpenAi.start()) {
            deadUrl = gone.baseUrl();
        }
        OpenAiChatModel model = new OpenAiChatModel(OpenAiSettings.of("fake-openai", deadUrl, KEY), http.client());

        ProviderException failure = streamFailure(model);

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.upstreamStatus()).isZero();
        assertThat(failure.getMessage()).doesNotContain(KEY);
    }

    @Test
    void errorInTheMiddleOfAStreamFailsAfterTheEarlierPieces() {
        fake.enqueue(sse(Transcripts.read("chat-stream-error.sse")));
        List<String> pieces = new ArrayList<>();

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model().stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal()));

        assertThat(pieces).containsExactly("Roses", " are");
        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("fake-openai").doesNotContain("The server had an error");
    }

    @Test
    void rateLimitReportedMidStreamIsRateLimited() {
        fake.enqueue(sse(Transcripts.streamStart("Hi")
                + "data: {\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\","
                + "\"code\":\"rate_limit_exceeded\"}}\n\n"));

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.getMessage()).contains("rate_limit_exceeded").doesNotContain("Rate limit reached");
    }

    @Test
    void streamThatEndsBeforeTheReplyIsCompleteIsAProtocolFailure() {
        fake.enqueue(sse(Transcripts.read("chat-stream-truncated.sse")));

        assertThat(streamFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void unreadableChunkIsAProtocolFailure() {
        fake.enqueue(sse(Transcripts.streamStart("Hi") + "data: {\"choices\":[{\"delta\":\n\n"));

        assertThat(streamFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void unreadableWholeReplyIsAProtocolFailure() {
        fake.enqueue(json(200, "<html>Welcome to the hotel wifi</html>"));

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model().generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void silentStreamTimesOutAfterTheIdleGap() {
        fake.enqueue(fake.stallAfter(Transcripts.streamStart("Roses")));
        OpenAiChatModel model = new OpenAiChatModel(fake.settings(KEY, Duration.ofMillis(300)), http.client());
        List<String> pieces = new ArrayList<>();

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal()));

        assertThat(pieces).containsExactly("Roses");
        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void silentWholeReplyTimesOut() {
        fake.enqueue(fake.stallAfter(""));
        OpenAiChatModel model = new OpenAiChatModel(fake.settings(KEY, Duration.ofMillis(300)), http.client());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void rateLimitWithRetryAfterSecondsCarriesTheWait() {
        fake.enqueue(new MockResponse.Builder(json(429, Transcripts.read("error-429.json")))
                .setHeader("Retry-After", "20").build());

        assertThat(streamFailure(model()).retryAfter()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void unavailableWithRetryAfterDateCarriesTheWaitUntilThatDate() {
        fake.enqueue(new MockResponse.Builder(json(503, Transcripts.read("error-500.json")))
                .setHeader("Date", "Wed, 15 Jan 2025 10:00:00 GMT")
                .setHeader("Retry-After", "Wed, 15 Jan 2025 10:01:30 GMT").build());

        assertThat(streamFailure(model()).retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void rejectedRequestIgnoresRetryAfterAndRateLimitWithoutOneHasNoWait() {
        fake.enqueue(new MockResponse.Builder(json(400, Transcripts.read("error-400.json")))
                .setHeader("Retry-After", "20").build());
        fake.enqueue(json(429, Transcripts.read("error-429.json")));

        assertThat(streamFailure(model()).retryAfter()).isNull();
        assertThat(streamFailure(model()).retryAfter()).isNull();
    }

    private OpenAiChatModel model() {
        return new OpenAiChatModel(fake.settings(KEY), http.client());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static ProviderException streamFailure(OpenAiChatModel model) {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal()));
        assertThat(failure).as("the stream should have failed").isNotNull();
        return failure;
    }
}
