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
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        "400, REJECTED, error-400.json, maximum context length is 128000 tokens",
        "401, AUTHENTICATION, error-401.json, Incorrect API key provided",
        "403, AUTHENTICATION, error-401.json, Incorrect API key provided",
        "404, REJECTED, error-400.json, maximum context length",
        "429, RATE_LIMITED, error-429.json, Rate limit reached for gpt-4o-mini",
        "500, UNAVAILABLE, error-500.json, The server had an error",
        "503, UNAVAILABLE, error-500.json, The server had an error"})
    void providerStatusMapsToKindWithTheProvidersExplanation(int status, Kind kind, String transcript,
            String explanation) {
        fake.enqueue(json(status, Transcripts.read(transcript)));

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.upstreamStatus()).isEqualTo(status);
        assertThat(failure.provider()).isEqualTo("fake-openai");
        assertThat(failure.getMessage()).contains(explanation);
    }

    @Test
    void wholeReplyRequestMapsStatusesLikeAStream() {
        fake.enqueue(json(429, Transcripts.read("error-429.json")));

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model().generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
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
    void apiKeyEchoedByTheServerNeverReachesTheMessage() {
        fake.enqueue(json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));

        ProviderException failure = streamFailure(model());

        assertThat(failure.getMessage()).doesNotContain(KEY).contains("[redacted]");
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
        assertThat(failure.getMessage()).contains("The server had an error");
    }

    @Test
    void rateLimitReportedMidStreamIsRateLimited() {
        fake.enqueue(sse(Transcripts.streamStart("Hi")
                + "data: {\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\","
                + "\"code\":\"rate_limit_exceeded\"}}\n\n"));

        assertThat(streamFailure(model()).kind()).isEqualTo(Kind.RATE_LIMITED);
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

    private OpenAiChatModel model() {
        return new OpenAiChatModel(fake.settings(KEY), http.client());
    }

    private static ProviderException streamFailure(OpenAiChatModel model) {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal()));
        assertThat(failure).as("the stream should have failed").isNotNull();
        return failure;
    }
}
