package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Single-user mode: the core lets every request act as the local user, so the HTTP layer asks it even
 * without a credential; since any page a browser opens could then change state, state changes without a
 * header credential must come from the server's own origin.
 */
class SingleUserModeTest {

    private static final String EVIL = "https://evil.example.net";

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.startSingleUser(RunningApi.settings());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aRequestWithoutACredentialActsAsTheLocalAdmin() {
        ApiResponse response = api.get("/v1/auth/me", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("username").asText()).isEqualTo("local");
        assertThat(response.json().path("role").asText()).isEqualTo("admin");
    }

    @Test
    void aCrossSiteReadWithoutACredentialIsServed() {
        ApiResponse response = api.send(api.request("/v1/chat/history", null).header("Origin", EVIL));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aCrossSitePostWithoutACredentialIsRefused403AndOpensNoSession() {
        ApiResponse response = api.send(openSession().header("Origin", EVIL));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo("CSRF check failed");
        assertThat(api.get("/v1/chat/history", null).json().path("total").asLong()).isZero();
    }

    @Test
    void aSameOriginPostWithoutACredentialIsServed() {
        ApiResponse response = api.send(openSession().header("Origin", api.origin()));

        assertThat(response.status()).isEqualTo(201);
        assertThat(api.get("/v1/chat/history", null).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aPostSayingNothingOfItsOriginIsRefused() {
        assertThat(api.send(openSession()).status()).isEqualTo(403);
    }

    @Test
    void aBasicAuthorizationHeaderIsNoCredentialAndIsCheckedLikeNone() {
        ApiResponse response = api.send(openSession().header("Authorization", "Basic bG9jYWw6eA==")
                .header("Origin", EVIL));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aCrossSiteAdminRouteIsRefusedToo() {
        ApiResponse response = api.send(api.request("/v1/admin/users/nobody/deactivate", null).header("Origin", EVIL)
                .POST(BodyPublishers.noBody()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo("CSRF check failed");
    }

    private HttpRequest.Builder openSession() {
        return api.request("/v1/chat/sessions", null).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"title\": \"Mine\"}"));
    }
}
