package dev.parley.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.ParleyServer;
import dev.parley.app.Settings;
import dev.parley.app.SettingsLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PARLEY_AUTH=none through the real composition root: no credential needed, but no cross-site writes either. */
class SingleUserEndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(URI base, String method, String path, String origin, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLocalUserChatsWithoutCredentialsButOtherSitesCannotWriteOnItsBehalf(@TempDir Path dataDir)
            throws Exception {
        Settings settings = new SettingsLoader(Map.of("PARLEY_AUTH", "none", "PARLEY_PORT", "0",
                "PARLEY_DATA_DIR", dataDir.resolve("data").toString()), Map.of()).load();
        try (ParleyServer server = ParleyServer.start(settings, Clock.systemUTC())) {
            URI base = server.baseUri();
            String self = "http://127.0.0.1:" + server.port();
            String chat = "{\"model\": \"echo\", \"stream\": false, \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}";

            HttpResponse<String> me = send(base, "GET", "/v1/auth/me", null, null);
            HttpResponse<String> sameSite = send(base, "POST", "/v1/chat/stream", self, chat);
            HttpResponse<String> crossSite = send(base, "POST", "/v1/chat/stream", "https://evil.example", chat);
            HttpResponse<String> nowhere = send(base, "POST", "/v1/chat/stream", null, chat);

            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"local\"");
            assertThat(sameSite.statusCode()).isEqualTo(200);
            assertThat(sameSite.body()).contains("hi");
            assertThat(crossSite.statusCode()).isEqualTo(403);
            assertThat(nowhere.statusCode()).isEqualTo(403);
            assertThat(send(base, "GET", "/v1/chat/history", null, null).body()).contains("\"total\":1");
        }
    }
}
