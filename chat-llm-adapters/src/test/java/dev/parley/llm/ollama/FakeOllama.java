package dev.parley.llm.ollama;

import dev.parley.llm.http.FakeProvider;
import dev.parley.llm.http.FakeProviderServer;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Test support: a loopback Ollama server, speaking NDJSON over a {@link FakeProviderServer}.
 */
final class FakeOllama implements FakeProvider {

    private static final String NDJSON = "application/x-ndjson";

    private final FakeProviderServer server;

    private FakeOllama(FakeProviderServer server) {
        this.server = server;
    }

    static FakeOllama start() {
        return new FakeOllama(FakeProviderServer.start(NDJSON,
                request -> json(500, "{\"error\":\"nothing scripted\"}")));
    }

    @Override
    public FakeProviderServer server() {
        return server;
    }

    /** The address as {@code OLLAMA_HOST} usually holds it: {@code host:port}, no scheme. */
    String host() {
        return server.hostName() + ":" + server.port();
    }

    String url() {
        return "http://" + host();
    }

    OllamaSettings settings() {
        return OllamaSettings.of("fake-ollama", host());
    }

    OllamaSettings settings(Duration readTimeout) {
        OllamaSettings settings = settings();
        return settings.withTimeouts(settings.connectTimeout(), readTimeout, readTimeout);
    }

    /** Answers streamed requests with {@code ndjson} and whole ones with {@code reply}. */
    void answerAlways(String ndjson, String reply) {
        answerAlways(request -> isStreamed(request) ? ndjson(ndjson) : json(200, reply));
    }

    static MockResponse ndjson(String body) {
        return FakeProviderServer.chunked(NDJSON, body, 256);
    }

    /** An NDJSON body of unannounced length, sent in large chunks. */
    static MockResponse bigNdjson(String body) {
        return FakeProviderServer.chunked(NDJSON, body, 64 * 1024);
    }

    static MockResponse json(int status, String body) {
        return FakeProviderServer.whole(status, "application/json; charset=utf-8", body).build();
    }

    /**
     * Sends {@code firstLines}, then lines with empty content (as Ollama sends while a model thinks)
     * until the client hangs up, which {@link #clientHungUp()} then reports.
     */
    MockResponse emptyPiecesAfter(String firstLines) {
        return server.fillerAfter(firstLines, () -> OllamaTranscripts.piece(""));
    }

    /**
     * Sends {@code firstLines}, then a line that never ends: up to {@code maxBytes} of it, then
     * nothing until the fake is closed. {@link #clientHungUp()} reports a client that hung up meanwhile.
     */
    MockResponse endlessLineAfter(String firstLines, int maxBytes) {
        return server.endlessLineAfter(firstLines, "{\"message\":{\"content\":\"", maxBytes);
    }

    private static boolean isStreamed(RecordedRequest request) {
        // Ollama streams unless told not to.
        return FakeProviderServer.bodyOf(request).path("stream").asBoolean(true);
    }
}
