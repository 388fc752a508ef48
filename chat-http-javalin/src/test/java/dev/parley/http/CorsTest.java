package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CORS for the configured origins only: a listed origin is echoed with credentials allowed, any other
 * origin and {@code null} get no CORS header and their preflight 403; never {@code *}.
 */
class CorsTest {

    private static final String FRONT_END = "https://chat.example.com";

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start(RunningApi.settings().withCorsOrigins(List.of(FRONT_END, "http://localhost:5173")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aPreflightFromAListedOriginIsAllowedWithCredentialsForThatOriginOnly() {
        ApiResponse response = preflight(FRONT_END);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
        assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST", "GET", "PATCH", "DELETE");
        assertThat(response.header("Access-Control-Allow-Headers"))
                .contains("Authorization", "Content-Type", "X-CSRF-Token");
        assertThat(response.header("Access-Control-Max-Age")).isNotBlank();
        assertThat(response.headers().allValues("Vary")).contains("Origin");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aPreflightFromAnUnlistedOriginIsRefusedWith403AndNoCorsHeaders() {
        ApiResponse response = preflight("https://evil.example.com");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo("CORS origin not allowed");
        assertNoCorsHeaders(response);
        assertThat(preflight("https://chat.example.com.evil.example.com").status()).isEqualTo(403);
        assertThat(preflight("http://chat.example.com").status()).isEqualTo(403);
    }

    @Test
    void aPreflightFromTheNullOriginIsRefused() {
        ApiResponse response = preflight("null");

        assertThat(response.status()).isEqualTo(403);
        assertNoCorsHeaders(response);
    }

    @Test
    void aRequestFromAListedOriginMayReadTheAnswerAndTheSessionIdHeader() {
        String token = api.core().tokenFor("alice");

        ApiResponse response = api.send(api.request("/v1/chat/stream", token).header("Origin", FRONT_END)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
        assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(response.header("Access-Control-Expose-Headers")).contains("X-Session-Id");
        assertThat(response.headers().allValues("Vary")).contains("Origin");
    }

    @Test
    void anErrorAnsweredToAListedOriginCarriesTheCorsHeadersSoThePageCanReadIt() {
        ApiResponse response = api.send(api.request("/v1/auth/me", null).header("Origin", FRONT_END).GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
    }

    @Test
    void aRequestFromAnUnlistedOrNullOriginGetsNoCorsHeaders() {
        String token = api.core().tokenFor("alice");

        ApiResponse unlisted = api.send(api.request("/v1/auth/me", token).header("Origin", "https://evil.example.com").GET());
        ApiResponse nullOrigin = api.send(api.request("/v1/auth/me", token).header("Origin", "null").GET());

        assertNoCorsHeaders(unlisted);
        assertNoCorsHeaders(nullOrigin);
        assertThat(unlisted.headers().allValues("Vary")).contains("Origin");
    }

    @Test
    void withoutConfiguredOriginsThereAreNoCorsHeadersAtAll() {
        try (RunningApi plain = RunningApi.start()) {
            ApiResponse request = plain.send(plain.request("/v1/models", null).header("Origin", FRONT_END).GET());
            ApiResponse preflight = plain.send(plain.request("/v1/chat/stream", null).header("Origin", FRONT_END)
                    .header("Access-Control-Request-Method", "POST").method("OPTIONS", BodyPublishers.noBody()));

            assertNoCorsHeaders(request);
            assertNoCorsHeaders(preflight);
            assertThat(preflight.status()).isGreaterThanOrEqualTo(400);
        }
    }

    private ApiResponse preflight(String origin) {
        HttpRequest.Builder request = api.request("/v1/chat/stream", null).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", BodyPublishers.noBody());
        return api.send(request);
    }

    private static void assertNoCorsHeaders(ApiResponse response) {
        assertThat(response.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }
}
