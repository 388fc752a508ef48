package dev.parley.llm.ollama;

import static dev.parley.llm.ollama.FakeOllama.json;
import static dev.parley.llm.ollama.FakeOllama.ndjson;
import static dev.parley.llm.ollama.OllamaChatModelTest.request;
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

class OllamaErrorMappingTest {

    private final FakeOllama fake = FakeOllama.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "400, REJECTED, error-400.json, invalid message format, rejected the request",
        "401, AUTHENTICATION, error-401.json, unauthorized, refused Parley's credentials",
        "403, AUTHENTICATION, error-401.json, unauthorized, refused Parley's credentials",
        "404, REJECTED, error-404-model-not-found.json, model 'llama3.3' not found, rejected the request",
        "429, RATE_LIMITED, error-429.json, hourly usage limit, try again later",
        "500, UNAVAILABLE, error-500.json, llama runner process has terminated, is unavailable",
        "503, UNAVAILABLE, error-503.json, maximum pending requests exceeded, is unavailable"})
    void serverStatusMapsToKindWithAFixedSentenceWhileTheExplanationGoesToTheLog(int status, Kind kind,
            String transcript, String explanation, String sentence) {
        fake.enqueue(json(status, OllamaTranscripts.read(transcript)));

        ProviderException failure;
        try (CapturedLog log = CapturedLog.of(OllamaErrors.class)) {
            failure = streamFailure(model());
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line)
                    .contains("fake-ollama").contains(String.valueOf(status)).contains(explanation));
        }

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.upstreamStatus()).isEqualTo(status);
        assertThat(failure.provider()).isEqualTo("fake-ollama");
        assertThat(failure.getMessage()).contains("fake-ollama").contains("HTTP " + status).contains(sentence)
                .doesNotContain(explanation);
    }

    @Test
    void modelNotPulledIsRejectedAndSaysSoWithoutQuotingTheServer() {
        fake.enqueue(json(404, OllamaTranscripts.read("error-404-model-not-found.json")));

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage())
                .isEqualTo("The model provider fake-ollama rejected the request (HTTP 404, model not found).");
    }

    @Test
    void olderServersWordingOfAMissingModelIsRecognisedToo() {
        fake.enqueue(json(404, "{\"error\":\"model \\\"llama3\\\" not found, try pulling it first\"}"));

        assertThat(streamFailure(model()).getMessage()).contains("model not found");
    }

    @Test
    void notFoundWithoutAnExplanationIsRejectedWithoutClaimingAMissingModel() {
        fake.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/plain")
                .body("404 page not found").build());

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).endsWith("rejected the request (HTTP 404).");
    }

    @Test
    void wholeReplyRequestMapsStatusesLikeAStream() {
        fake.enqueue(json(404, OllamaTranscripts.read("error-404-model-not-found.json")));

        ProviderException failure = generateFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).contains("model not found").doesNotContain("llama3.3");
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
    void proxyErrorObjectIsLoggedByItsMessage() {
        fake.enqueue(json(401, "{\"error\":{\"message\":\"Missing token; send Bearer abc.def.ghi\"}}"));

        try (CapturedLog log = CapturedLog.of(OllamaErrors.class)) {
            ProviderException failure = streamFailure(model());

            assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("Missing token"));
            assertThat(log.text()).doesNotContain("abc.def.ghi");
        }
    }

    @Test
    void serverExplanationCannotForgeLogLines() {
        fake.enqueue(json(500, "{\"error\":\"oops\\nWARN admin password reset\\r\\u2028x\"}"));

        try (CapturedLog log = CapturedLog.of(OllamaErrors.class)) {
            streamFailure(model());

            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("oops"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain("\r")
                            .doesNotContain("\u2028"));
        }
    }

    @Test
    void longExplanationIsShortenedInTheLog() {
        fake.enqueue(json(500, "{\"error\":\"" + "runner output ".repeat(200) + "\"}"));

        try (CapturedLog log = CapturedLog.of(OllamaErrors.class)) {
            streamFailure(model());

            assertThat(log.warnings()).allSatisfy(line -> assertThat(line.length()).isLessThan(500));
        }
    }

    @Test
    void serverThatIsDownIsUnavailable() {
        String deadHost;
        try (FakeOllama gone = FakeOllama.start()) {
            deadHost = gone.host();
        }
        OllamaChatModel model = new OllamaChatModel(OllamaSettings.of("fake-ollama", deadHost), http.client());

        ProviderException failure = streamFailure(model);

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.upstreamStatus()).isZero();
        assertThat(failure.getMessage()).contains("fake-ollama").contains("could not be reached");
    }

    @Test
    void errorLineInTheMiddleOfAStreamFailsAfterTheEarlierPiecesAsUnavailable() {
        fake.enqueue(ndjson(OllamaTranscripts.read("chat-stream-error.ndjson")));
        List<String> pieces = new ArrayList<>();

        ProviderException failure;
        try (CapturedLog log = CapturedLog.of(OllamaErrors.class)) {
            failure = catchThrowableOfType(ProviderException.class,
                    () -> model().stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal()));
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("GGML_ASSERT"));
        }

        assertThat(pieces).containsExactly("Roses", " are");
        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).isEqualTo(
                "The model provider fake-ollama is unavailable (while answering); try again later.");
    }

    @Test
    void errorLineNamingAMissingModelIsRejected() {
        fake.enqueue(ndjson("{\"error\":\"model 'llama3.3' not found\"}\n"));

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).contains("model not found").doesNotContain("llama3.3");
    }

    @Test
    void wholeReplyThatIsAnErrorIsUnavailable() {
        fake.enqueue(json(200, "{\"error\":\"unexpected server status: llm server loading model\"}"));

        ProviderException failure = generateFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).doesNotContain("loading model");
    }

    @Test
    void streamThatEndsWithoutItsDoneLineIsAProtocolFailure() {
        fake.enqueue(ndjson(OllamaTranscripts.read("chat-stream-truncated.ndjson")));
        List<String> pieces = new ArrayList<>();

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model().stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal()));

        assertThat(pieces).containsExactly("Roses", " are");
        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("ended before the reply was complete");
    }

    @Test
    void unreadableLineIsAProtocolFailureThatDoesNotQuoteIt() {
        fake.enqueue(ndjson(OllamaTranscripts.piece("Hi") + "{\"message\":{\"content\":\"secret-ish\"\n"));

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("malformed JSON").doesNotContain("secret-ish");
    }

    @Test
    void lineThatIsNotAnObjectIsAProtocolFailure() {
        fake.enqueue(ndjson(OllamaTranscripts.piece("Hi") + "[1,2,3]\n"));

        assertThat(streamFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void unreadableWholeReplyIsAProtocolFailure() {
        fake.enqueue(json(200, "<html>Welcome to the hotel wifi</html>"));

        assertThat(generateFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void wholeReplyWithoutAMessageIsAProtocolFailure() {
        fake.enqueue(json(200, "{\"model\":\"llama3.2\",\"done\":true}"));

        assertThat(generateFailure(model()).kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void silentStreamTimesOutAfterTheIdleGap() {
        fake.enqueue(fake.stallAfter(OllamaTranscripts.piece("Roses")));
        OllamaChatModel model = new OllamaChatModel(fake.settings(Duration.ofMillis(300)), http.client());
        List<String> pieces = new ArrayList<>();

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal()));

        assertThat(pieces).containsExactly("Roses");
        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("fake-ollama").contains("300 ms");
    }

    @Test
    void modelThatNeverStartsAnsweringTimesOut() {
        fake.enqueue(fake.stallAfter(""));
        OllamaChatModel model = new OllamaChatModel(fake.settings(Duration.ofMillis(300)), http.client());

        assertThat(generateFailure(model).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void rateLimitWithRetryAfterCarriesTheWait() {
        fake.enqueue(new MockResponse.Builder(json(429, OllamaTranscripts.read("error-429.json")))
                .setHeader("Retry-After", "42").build());

        ProviderException failure = streamFailure(model());

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void busyServerWithRetryAfterCarriesTheWait() {
        fake.enqueue(new MockResponse.Builder(json(503, OllamaTranscripts.read("error-503.json")))
                .setHeader("Retry-After", "5").build());

        assertThat(generateFailure(model()).retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    private OllamaChatModel model() {
        return new OllamaChatModel(fake.settings(), http.client());
    }

    private static ProviderException streamFailure(OllamaChatModel model) {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal()));
        assertThat(failure).as("the stream should have failed").isNotNull();
        return failure;
    }

    private static ProviderException generateFailure(OllamaChatModel model) {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));
        assertThat(failure).as("the call should have failed").isNotNull();
        return failure;
    }
}
