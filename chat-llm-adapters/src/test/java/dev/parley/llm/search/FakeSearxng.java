package dev.parley.llm.search;

import dev.parley.llm.http.FakeProvider;
import dev.parley.llm.http.FakeProviderServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/** Test support: a loopback SearxNG that answers from the recorded transcripts, or with whatever a test enqueues. */
final class FakeSearxng implements FakeProvider {

    static final String JSON = "application/json";

    private final FakeProviderServer server;

    private FakeSearxng(FakeProviderServer server) {
        this.server = server;
    }

    static FakeSearxng start() {
        return new FakeSearxng(FakeProviderServer.start(JSON, request -> new MockResponse.Builder().code(404).build()));
    }

    @Override
    public FakeProviderServer server() {
        return server;
    }

    /** Settings for this instance, with a long timeout so only a test that wants one sees it. */
    SearxngSettings settings() {
        return SearxngSettings.of(server.url("/")).withTimeouts(SearxngSettings.DEFAULT_CONNECT_TIMEOUT,
                java.time.Duration.ofSeconds(30));
    }

    /** A 200 answer with {@code body} as JSON. */
    static MockResponse json(String body) {
        return FakeProviderServer.whole(200, JSON, body).build();
    }

    /** A file of {@code src/test/resources/transcripts/searxng}. */
    static String read(String name) {
        try (InputStream in = FakeSearxng.class.getResourceAsStream("/transcripts/searxng/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no transcript " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
