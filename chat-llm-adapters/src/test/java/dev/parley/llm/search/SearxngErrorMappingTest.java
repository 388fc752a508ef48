package dev.parley.llm.search;

import static dev.parley.llm.search.FakeSearxng.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.llm.http.CapturedLog;
import dev.parley.llm.http.FakeProviderServer;
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class SearxngErrorMappingTest {

    private static final String QUERY = "symptoms of my rare disease";

    private final FakeSearxng fake = FakeSearxng.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void forbiddenMeansTheJsonFormatIsSwitchedOffAndTheOperatorIsToldWhatToChange() {
        fake.enqueue(FakeProviderServer.whole(403, "text/html; charset=utf-8",
                FakeSearxng.read("error-403-json-disabled.html")).build());

        ProviderException failure;
        try (CapturedLog log = CapturedLog.of(SearxngErrors.class)) {
            failure = failure(fake.settings());
            assertThat(log.warnings()).singleElement().asString()
                    .contains(fake.server().url("/").replaceAll("/$", ""), "403", "search.formats", "settings.yml");
        }

        assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure.upstreamStatus()).isEqualTo(403);
        assertThat(failure.provider()).isEqualTo("searxng");
        assertThat(failure.getMessage()).contains("HTTP 403", "JSON format").doesNotContain("permission");
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "400, REJECTED, refused the search",
        "401, AUTHENTICATION, refused the search",
        "404, REJECTED, refused the search",
        "429, RATE_LIMITED, try again later",
        "500, UNAVAILABLE, is unavailable",
        "502, UNAVAILABLE, is unavailable",
        "503, UNAVAILABLE, is unavailable"})
    void statusMapsToKindWithAFixedSentence(int status, Kind kind, String sentence) {
        String body = status == 429 ? FakeSearxng.read("error-429.txt") : FakeSearxng.read("error-500.html");
        fake.enqueue(FakeProviderServer.whole(status, "text/html", body).build());

        ProviderException failure = failure(fake.settings());

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.upstreamStatus()).isEqualTo(status);
        assertThat(failure.getMessage()).contains("searxng", "HTTP " + status, sentence)
                .doesNotContain("Internal Server Error", "Too Many");
    }

    @Test
    void rateLimitedByTheLimiterTellsTheOperatorAboutIt() {
        fake.enqueue(FakeProviderServer.whole(429, "text/plain", FakeSearxng.read("error-429.txt")).build());

        try (CapturedLog log = CapturedLog.of(SearxngErrors.class)) {
            failure(fake.settings());
            assertThat(log.warnings()).singleElement().asString().contains("limiter");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<!doctype html><title>SearXNG</title>", "{\"results\": [", "{}", "[]",
        "{\"results\": {}}", "{\"results\": []} trailing", ""})
    void anAnswerThatIsNotSearxngsJsonIsAProtocolFailure(String body) {
        fake.enqueue(json(body));

        ProviderException failure = failure(fake.settings());

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("searxng", "cannot read");
    }

    @Test
    void anAnswerOverTheSizeLimitIsRefusedWithoutReadingItAll() {
        String huge = "{\"results\": [" + "{\"url\": \"https://example.org/\", \"title\": \"t\"},".repeat(100_000)
                + "{}]}";
        fake.enqueue(FakeProviderServer.chunked(FakeSearxng.JSON, huge, 8192));
        fake.enqueue(json(huge));
        SearxngSettings small = fake.settings().withMaxBodyBytes(64 * 1024);

        for (int attempt = 0; attempt < 2; attempt++) {
            ProviderException failure = failure(small);
            assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
            assertThat(failure.getMessage()).contains("larger than 65536 bytes");
        }
    }

    @Test
    void anInstanceThatIsDownIsUnavailable() {
        String deadUrl;
        try (FakeSearxng gone = FakeSearxng.start()) {
            deadUrl = gone.server().url("/");
        }

        ProviderException failure = failure(SearxngSettings.of(deadUrl));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.upstreamStatus()).isZero();
        assertThat(failure.getMessage()).contains("searxng", "could not be reached");
    }

    @Test
    void anInstanceThatDoesNotAnswerInTimeTimesOut() {
        fake.enqueue(fake.stallAfter("{\"results\": ["));
        SearxngSettings impatient = fake.settings().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300));

        ProviderException failure = failure(impatient);

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("did not answer within 300 ms");
    }

    @Test
    void theQueryIsNeverLoggedAboveDebug() {
        fake.enqueue(FakeProviderServer.whole(500, "text/html", FakeSearxng.read("error-500.html")).build());
        fake.enqueue(json("not json " + QUERY));
        fake.enqueue(FakeProviderServer.whole(403, "text/html", FakeSearxng.read("error-403-json-disabled.html")).build());

        // The tests' root level is WARN; INFO must be let through to be checked.
        List<Logger> loggers = List.of(logger(SearxngErrors.class), logger(SearxngWebSearch.class));
        loggers.forEach(logger -> logger.setLevel(Level.INFO));
        try (CapturedLog errors = CapturedLog.of(SearxngErrors.class);
                CapturedLog adapter = CapturedLog.of(SearxngWebSearch.class)) {
            for (int attempt = 0; attempt < 3; attempt++) {
                failure(fake.settings());
            }
            assertThat(errors.warnings()).hasSize(3);
            assertThat(errors.text() + adapter.text()).doesNotContain("rare disease").doesNotContain("rare+disease");
        } finally {
            loggers.forEach(logger -> logger.setLevel(null));
        }
    }

    private static Logger logger(Class<?> source) {
        return (Logger) LoggerFactory.getLogger(source);
    }

    private ProviderException failure(SearxngSettings settings) {
        SearxngWebSearch search = new SearxngWebSearch(settings, http);
        return catchThrowableOfType(ProviderException.class,
                () -> search.search(QUERY, 5, new CancellationSignal()));
    }
}
