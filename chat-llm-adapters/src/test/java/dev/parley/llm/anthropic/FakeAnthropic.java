package dev.parley.llm.anthropic;

import dev.parley.llm.http.FakeProvider;
import dev.parley.llm.http.FakeProviderServer;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Test support: a loopback server speaking Anthropic's Messages API, SSE over a
 * {@link FakeProviderServer}.
 */
final class FakeAnthropic implements FakeProvider {

    /** The text pieces of {@code messages-stream.sse}, in order. */
    static final List<String> TRANSCRIPT_PIECES =
            List.of("Roses", " are", " red", ",\n", "viol", "ets", " are", " blue", ".");
    static final String TRANSCRIPT_TEXT = "Roses are red,\nviolets are blue.";
    static final String PING = "event: ping\ndata: {\"type\": \"ping\"}\n\n";

    private final FakeProviderServer server;

    private FakeAnthropic(FakeProviderServer server) {
        this.server = server;
    }

    static FakeAnthropic start() {
        return new FakeAnthropic(FakeProviderServer.start(FakeProviderServer.EVENT_STREAM,
                request -> json(500, AnthropicTranscripts.read("error-500.json"))));
    }

    @Override
    public FakeProviderServer server() {
        return server;
    }

    /** The root the SDKs take as ANTHROPIC_BASE_URL: scheme, host and port, no {@code /v1}. */
    String baseUrl() {
        String root = server.url("/");
        return root.substring(0, root.length() - 1);
    }

    AnthropicSettings settings(String apiKey) {
        return AnthropicSettings.of("fake-anthropic", baseUrl(), apiKey);
    }

    AnthropicSettings settings(String apiKey, Duration readTimeout) {
        AnthropicSettings settings = settings(apiKey);
        return settings.withTimeouts(settings.connectTimeout(), readTimeout, readTimeout);
    }

    /** Answers streamed requests with {@code sse} and whole ones with {@code message}. */
    void answerAlways(String sse, String message) {
        answerAlways(request -> isStreamed(request) ? sse(sse) : json(200, message));
    }

    static MockResponse sse(String body) {
        return FakeProviderServer.chunked(FakeProviderServer.EVENT_STREAM, body, 256);
    }

    static MockResponse json(int status, String body) {
        return FakeProviderServer.whole(status, "application/json", body)
                .setHeader("request-id", "req_011CUXkParleyFake000000")
                .build();
    }

    /**
     * Sends {@code firstEvents}, then {@code ping} events (which carry no text) until the client hangs
     * up, which {@link #clientHungUp()} then reports.
     */
    MockResponse pingsAfter(String firstEvents) {
        return server.fillerAfter(firstEvents, () -> PING);
    }

    /**
     * Sends {@code firstEvents}, then a data line that never ends: up to {@code maxBytes} of it, then
     * nothing until the fake is closed. {@link #clientHungUp()} reports a client that hung up meanwhile.
     */
    MockResponse endlessLineAfter(String firstEvents, int maxBytes) {
        return server.endlessLineAfter(firstEvents, "data: ", maxBytes);
    }

    private static boolean isStreamed(RecordedRequest request) {
        return FakeProviderServer.bodyOf(request).path("stream").asBoolean(false);
    }
}
