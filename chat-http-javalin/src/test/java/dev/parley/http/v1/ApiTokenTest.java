package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.OpenStream;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents.Event;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Django REST framework's {@code Authorization: Token <key>} over /v1: a password login yields a key
 * that works wherever a bearer token does, in its own scheme only, until the user logs out.
 */
class ApiTokenTest {

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.core().register("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void issuingAnApiTokenAnswers201WithTheKeyOnlyThatNoCacheMayKeep() {
        ApiResponse response = issue("alice", TestCore.PASSWORD);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().properties()).extracting(e -> e.getKey()).containsExactly("token");
        assertThat(response.json().path("token").asText()).isNotBlank();
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Pragma")).isEqualTo("no-cache");
    }

    @Test
    void issuingAnApiTokenWithAWrongPasswordAnswers401LikeALogin() {
        ApiResponse response = issue("alice", "wrong password!");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Incorrect username or password");
    }

    @Test
    void issuingAnApiTokenWithoutFieldsAnswers422ListingEachMissingField() {
        ApiResponse response = api.post("/v1/auth/api-token", "{}", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","username"],"msg":"Field required","type":"missing"},\
                {"loc":["body","password"],"msg":"Field required","type":"missing"}]""");
    }

    @Test
    void anApiTokenInTheTokenSchemeSaysWhoItBelongsTo() {
        ApiResponse response = api.send(api.authorized("/v1/auth/me", "Token " + key()).GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("username").asText()).isEqualTo("alice");
    }

    @Test
    void anApiTokenInTheTokenSchemeReadsTheHistory() {
        String key = key();
        api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), api.logIn("alice", TestCore.PASSWORD));

        ApiResponse response = api.send(api.authorized("/v1/chat/history", "Token " + key).GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("sessions").size()).isEqualTo(1);
    }

    @Test
    void anApiTokenInTheBearerSchemeIsRefused() {
        ApiResponse response = api.get("/v1/auth/me", key());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Could not validate credentials");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void anAccessTokenInTheTokenSchemeIsRefused() {
        String accessToken = api.logIn("alice", TestCore.PASSWORD);

        ApiResponse response = api.send(api.authorized("/v1/auth/me", "Token " + accessToken).GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Could not validate credentials");
    }

    @Test
    void anApiTokenIsRefusedAfterLogout() {
        String key = key();
        api.post("/v1/auth/logout", "", api.logIn("alice", TestCore.PASSWORD));

        ApiResponse response = api.send(api.authorized("/v1/auth/me", "Token " + key).GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Could not validate credentials");
    }

    @Test
    void loggingOutWithAnApiTokenEndsIt() {
        String key = key();

        assertThat(api.send(api.authorized("/v1/auth/logout", "Token " + key).POST(BodyPublishers.noBody())).status())
                .isEqualTo(200);

        assertThat(api.send(api.authorized("/v1/auth/me", "Token " + key).GET()).status()).isEqualTo(401);
    }

    @Test
    void schemeNamesAreReadInAnyCase() {
        String key = key();
        String accessToken = api.logIn("alice", TestCore.PASSWORD);

        for (String authorization : List.of("token " + key, "TOKEN " + key, "bearer " + accessToken,
                "BEARER " + accessToken)) {
            assertThat(api.send(api.authorized("/v1/auth/me", authorization).GET()).status())
                    .as(authorization.substring(0, authorization.indexOf(' '))).isEqualTo(200);
        }
    }

    @Test
    void aTokenSchemeWithoutAKeyAnswers401NotAuthenticated() {
        ApiResponse response = api.send(api.authorized("/v1/auth/me", "Token ").GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Not authenticated");
    }

    @Test
    void aStreamOpenedWithAnApiTokenOutlivesItsCredentialRechecksAndEndsAtLogout() {
        String key = key();
        api.core().model().stallAfter("Once upon");

        try (OpenStream stream = api.openStream(api.authorized("/v1/chat/stream", "Token " + key)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(ChatStreamTest.chat("Hi"))))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.nextDataLine()).isEqualTo("data: Once upon");
            // Silent but alive across several re-checks of the key, each asked in its own scheme.
            for (int beat = 0; beat < 5; beat++) {
                assertThat(stream.nextLine()).isEqualTo(": keep-alive");
            }

            api.send(api.authorized("/v1/auth/logout", "Token " + key).POST(BodyPublishers.noBody()));

            CompletableFuture<List<Event>> rest = CompletableFuture.supplyAsync(stream::remainingEvents);
            await().atMost(Duration.ofSeconds(10)).until(rest::isDone);
            assertThat(rest.join()).containsExactly(new Event("error", "{\"detail\":\"Credentials revoked\"}"),
                    new Event("message", "[DONE]"));
        }
    }

    private ApiResponse issue(String username, String password) {
        return api.post("/v1/auth/api-token", """
                {"username": "%s", "password": "%s"}""".formatted(username, password), null);
    }

    private String key() {
        return issue("alice", TestCore.PASSWORD).json().path("token").asText();
    }
}
