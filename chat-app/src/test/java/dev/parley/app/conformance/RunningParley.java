package dev.parley.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.app.ParleyServer;
import dev.parley.app.Settings;
import dev.parley.app.SettingsLoader;
import dev.parley.app.e2e.FakeOpenAiProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Test support: the real server (the composition root, an H2 file database in a temporary directory) on a
 * loopback port, with a fake OpenAI-compatible provider, for the conformance suites. Rate limits are off
 * unless a suite asks for them through {@code extraEnvironment}.
 */
final class RunningParley implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeOpenAiProvider provider;
    private final ParleyServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RunningParley(FakeOpenAiProvider provider, ParleyServer server) {
        this.provider = provider;
        this.server = server;
    }

    /** A server in {@code dataDir} answering through an OpenAI-compatible fake, with {@code extraEnvironment} added. */
    static RunningParley start(Path dataDir, Map<String, String> extraEnvironment) {
        FakeOpenAiProvider provider = new FakeOpenAiProvider();
        Map<String, String> environment = new HashMap<>(Map.of("PARLEY_PORT", "0",
                "PARLEY_DATA_DIR", dataDir.resolve("data").toString(), "PARLEY_RATE_LIMITS", "off",
                "OPENAI_BASE_URL", provider.baseUrl(), "OPENAI_API_KEY", "sk-conformance"));
        environment.putAll(extraEnvironment);
        try {
            Settings settings = new SettingsLoader(environment, Map.of()).load();
            return new RunningParley(provider, ParleyServer.start(settings, Clock.systemUTC()));
        } catch (RuntimeException e) {
            provider.close();
            throw e;
        }
    }

    static RunningParley start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    FakeOpenAiProvider provider() {
        return provider;
    }

    URI base() {
        return server.baseUri();
    }

    /** A request builder for {@code path} on this server. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30));
    }

    /** Sends {@code request}; the body as text, whatever its type. */
    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sends {@code method} to {@code path} with a JSON {@code body} (null: none) and the given headers, name then value. */
    HttpResponse<String> json(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = request(path);
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            provider.close();
        }
    }
}
