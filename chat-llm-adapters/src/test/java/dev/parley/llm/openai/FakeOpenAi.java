package dev.parley.llm.openai;

import dev.parley.llm.http.FakeProvider;
import dev.parley.llm.http.FakeProviderServer;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Test support: a loopback OpenAI-compatible server, speaking SSE over a {@link FakeProviderServer}.
 */
public final class FakeOpenAi implements FakeProvider {

    /** The content pieces of {@code chat-stream.sse}, in order. */
    static final List<String> TRANSCRIPT_PIECES =
            List.of("Roses", " are", " red", ",\n", "viol", "ets", " are", " blue", ".");

    private final FakeProviderServer server;

    private FakeOpenAi(FakeProviderServer server) {
        this.server = server;
    }

    public static FakeOpenAi start() {
        return new FakeOpenAi(FakeProviderServer.start(FakeProviderServer.EVENT_STREAM,
                request -> json(500, "{\"error\":{\"message\":\"nothing scripted\"}}")));
    }

    @Override
    public FakeProviderServer server() {
        return server;
    }

    /** The SDK-style base URL, ending in {@code /v1}. */
    public String baseUrl() {
        return server.url("/v1");
    }

    public OpenAiSettings settings(String apiKey) {
        return OpenAiSettings.of("fake-openai", baseUrl(), apiKey);
    }

    public OpenAiSettings settings(String apiKey, Duration readTimeout) {
        OpenAiSettings settings = settings(apiKey);
        return settings.withTimeouts(settings.connectTimeout(), readTimeout, readTimeout);
    }

    /** Answers streamed requests with {@code sse} and whole ones with {@code completion}. */
    public void answerAlways(String sse, String completion) {
        answerAlways(request -> isStreamed(request) ? sse(sse) : json(200, completion));
    }

    public static MockResponse sse(String body) {
        return FakeProviderServer.chunked(FakeProviderServer.EVENT_STREAM, body, 256);
    }

    public static MockResponse json(int status, String body) {
        return FakeProviderServer.whole(status, "application/json", body).build();
    }

    /**
     * Sends {@code firstEvents}, then SSE comments (which carry no text) until the client hangs up,
     * which {@link #clientHungUp()} then reports.
     */
    public MockResponse heartbeatAfter(String firstEvents) {
        return server.fillerAfter(firstEvents, () -> ": keep-alive\n\n");
    }

    /**
     * Sends {@code firstEvents}, then a data line that never ends: up to {@code maxBytes} of it, then
     * nothing until the fake is closed. {@link #clientHungUp()} reports a client that hung up meanwhile.
     */
    public MockResponse endlessLineAfter(String firstEvents, int maxBytes) {
        return server.endlessLineAfter(firstEvents, "data: ", maxBytes);
    }

    private static boolean isStreamed(RecordedRequest request) {
        return FakeProviderServer.bodyOf(request).path("stream").asBoolean(false);
    }
}
