package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.testing.TestCore;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: a state change authenticated by the session cookie must come from the
 * server's own origin (or a CORS origin), said by {@code Origin} or else {@code Referer}; anything else is
 * 403 "CSRF check failed" and changes nothing. Reads, and requests with a bearer or API token, are not
 * checked; a session login posted from another site is refused.
 */
class CsrfTest {

    private static final String EVIL = "https://evil.example.net";

    private RunningApi api;
    private String session;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aCrossSitePostWithTheCookieIsRefused403AndOpensNoSession() {
        start(RunningApi.settings());

        ApiResponse response = api.send(openSession().header("Origin", EVIL));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo("CSRF check failed");
        assertThat(history().path("total").asLong()).isZero();
    }

    @Test
    void aCrossSiteDeleteWithTheCookieLeavesTheSessionInPlace() {
        start(RunningApi.settings());
        String id = api.send(openSession().header("Origin", api.origin())).json().path("id").asText();

        ApiResponse response = api.send(api.withCookie("/v1/chat/sessions/" + id, session).header("Origin", EVIL)
                .DELETE());

        assertThat(response.status()).isEqualTo(403);
        assertThat(api.send(api.withCookie("/v1/chat/sessions/" + id, session)).status()).isEqualTo(200);
    }

    @Test
    void aCrossSiteLogoutWithTheCookieIsRefusedAndTheSessionStillWorks() {
        start(RunningApi.settings());

        ApiResponse response = api.send(api.withCookie("/v1/auth/logout", session).header("Origin", EVIL)
                .POST(BodyPublishers.noBody()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Set-Cookie")).isNull();
        assertThat(api.send(api.withCookie("/v1/auth/me", session)).status()).isEqualTo(200);
    }

    @Test
    void aSameOriginPostWithTheCookieIsServed() {
        start(RunningApi.settings());

        ApiResponse response = api.send(openSession().header("Origin", api.origin()));

        assertThat(response.status()).isEqualTo(201);
        assertThat(history().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aPostWithTheCookieButNeitherOriginNorRefererIsRefused() {
        start(RunningApi.settings());

        ApiResponse response = api.send(openSession());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo("CSRF check failed");
    }

    @Test
    void aRefererStandsInForAMissingOrigin() {
        start(RunningApi.settings());

        ApiResponse ownPage = api.send(openSession().header("Referer", api.origin() + "/chat?x=1"));
        ApiResponse otherPage = api.send(openSession().header("Referer", EVIL + "/page"));

        assertThat(ownPage.status()).isEqualTo(201);
        assertThat(otherPage.status()).isEqualTo(403);
    }

    @Test
    void anOpaqueNullOriginIsRefusedEvenWithASameOriginReferer() {
        start(RunningApi.settings());

        ApiResponse response = api.send(openSession().header("Origin", "null").header("Referer", api.origin() + "/"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aListedCorsOriginMayPostWithTheCookie() {
        start(RunningApi.settings().withCorsOrigins(List.of("https://app.example.com")));

        ApiResponse response = api.send(openSession().header("Origin", "https://app.example.com"));

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void withAPublicOriginOnlyThatOriginIsTheServersOwnWhateverTheHostHeaderSays() {
        start(RunningApi.settings().withPublicOrigin(Optional.of("https://chat.example.org/parley/")));

        ApiResponse fromPublicOrigin = api.send(openSession().header("Origin", "https://chat.example.org"));
        ApiResponse withDefaultPort = api.send(openSession().header("Origin", "https://chat.example.org:443"));
        ApiResponse fromHostHeader = api.send(openSession().header("Origin", api.origin()));

        assertThat(fromPublicOrigin.status()).isEqualTo(201);
        assertThat(withDefaultPort.status()).isEqualTo(201);
        assertThat(fromHostHeader.status()).isEqualTo(403);
    }

    @Test
    void aCrossSiteReadWithTheCookieIsServed() {
        start(RunningApi.settings());

        ApiResponse response = api.send(api.withCookie("/v1/auth/me", session).header("Origin", EVIL));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("username").asText()).isEqualTo("alice");
    }

    @Test
    void bearerAndApiTokenRequestsAreNotCheckedForTheirOrigin() {
        start(RunningApi.settings());
        String token = api.logIn("alice", TestCore.PASSWORD);
        String apiKey = api.post("/v1/auth/api-token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null).json().path("token").asText();

        ApiResponse withBearer = api.send(post("/v1/chat/sessions", "{}").header("Authorization", "Bearer " + token)
                .header("Origin", EVIL));
        ApiResponse withApiKey = api.send(post("/v1/chat/sessions", "{}").header("Authorization", "Token " + apiKey));

        assertThat(withBearer.status()).isEqualTo(201);
        assertThat(withApiKey.status()).isEqualTo(201);
    }

    @Test
    void aSessionLoginPostedFromAnotherSiteIsRefusedAndSetsNoCookie() {
        start(RunningApi.settings());

        ApiResponse crossSite = api.send(logIn().header("Origin", EVIL));
        ApiResponse sameOrigin = api.send(logIn().header("Origin", api.origin()));
        ApiResponse noBrowser = api.send(logIn());

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.detail()).isEqualTo("CSRF check failed");
        assertThat(crossSite.header("Set-Cookie")).isNull();
        assertThat(sameOrigin.status()).isEqualTo(200);
        assertThat(noBrowser.status()).isEqualTo(200);
    }

    private void start(HttpSettings settings) {
        api = RunningApi.start(settings);
        api.core().register("alice");
        session = api.sessionFor("alice", TestCore.PASSWORD);
    }

    private HttpRequest.Builder openSession() {
        return api.withCookie("/v1/chat/sessions", session).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"title\": \"Forged?\"}"));
    }

    private HttpRequest.Builder logIn() {
        return post("/v1/auth/session", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD));
    }

    private HttpRequest.Builder post(String path, String json) {
        return api.request(path, null).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
    }

    private JsonNode history() {
        return api.send(api.withCookie("/v1/chat/history", session)).json();
    }
}
