package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SimpleJWT-style refresh over /v1: a login hands out an access token with a refresh token; each refresh
 * token is traded once for a new pair, and presenting one that was already traded ends its whole family.
 */
class TokenRefreshTest {

    private static final String INVALID = "Token is invalid or expired";

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
    void loggingInAnswersAnAccessAndARefreshTokenWithTheirLifetimesInSeconds() {
        ApiResponse response = logIn();

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.properties()).extracting(e -> e.getKey()).containsExactly(
                "access_token", "token_type", "expires_in", "refresh_token", "refresh_expires_in");
        assertThat(body.path("token_type").asText()).isEqualTo("bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(15 * 60);
        assertThat(body.path("refresh_token").asText()).isNotBlank().isNotEqualTo(body.path("access_token").asText());
        assertThat(body.path("refresh_expires_in").asLong()).isEqualTo(Duration.ofDays(7).toSeconds());
    }

    @Test
    void refreshingAnswersANewPairInTheSameShapeThatNoCacheMayKeep() {
        JsonNode first = logIn().json();

        ApiResponse response = refresh(first.path("refresh_token").asText());

        assertThat(response.status()).isEqualTo(200);
        JsonNode second = response.json();
        assertThat(second.properties()).extracting(e -> e.getKey()).containsExactly(
                "access_token", "token_type", "expires_in", "refresh_token", "refresh_expires_in");
        assertThat(second.path("access_token").asText()).isNotEqualTo(first.path("access_token").asText());
        assertThat(second.path("refresh_token").asText()).isNotEqualTo(first.path("refresh_token").asText());
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Pragma")).isEqualTo("no-cache");
    }

    @Test
    void theAccessTokenOfARefreshedPairWorks() {
        JsonNode pair = refresh(logIn().json().path("refresh_token").asText()).json();

        ApiResponse me = api.get("/v1/auth/me", pair.path("access_token").asText());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("alice");
    }

    @Test
    void aRefreshTokenWorksOnlyOnce() {
        String first = logIn().json().path("refresh_token").asText();
        assertThat(refresh(first).status()).isEqualTo(200);

        ApiResponse again = refresh(first);

        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body()).isEqualTo("{\"detail\":\"" + INVALID + "\"}");
        assertThat(again.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void theSuccessorOfARefreshTokenWorksInTurn() {
        String first = logIn().json().path("refresh_token").asText();
        String second = refresh(first).json().path("refresh_token").asText();

        ApiResponse response = refresh(second);

        assertThat(response.status()).isEqualTo(200);
        assertThat(refresh(response.json().path("refresh_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheNewerOneToo() {
        String stolen = logIn().json().path("refresh_token").asText();
        String newer = refresh(stolen).json().path("refresh_token").asText();

        assertThat(refresh(stolen).status()).isEqualTo(401);

        ApiResponse response = refresh(newer);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo(INVALID);
    }

    @Test
    void reusingARefreshTokenLeavesAnotherLoginsFamilyWorking() {
        String stolen = logIn().json().path("refresh_token").asText();
        String otherDevice = logIn().json().path("refresh_token").asText();
        refresh(stolen);

        refresh(stolen);

        assertThat(refresh(otherDevice).status()).isEqualTo(200);
    }

    @Test
    void refreshingAfterLogoutIsRefused() {
        JsonNode pair = logIn().json();
        assertThat(api.post("/v1/auth/logout", "", pair.path("access_token").asText()).status()).isEqualTo(200);

        ApiResponse response = refresh(pair.path("refresh_token").asText());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo(INVALID);
    }

    @Test
    void refreshingWithAnExpiredRefreshTokenIsRefused() {
        String refreshToken = logIn().json().path("refresh_token").asText();
        api.core().clock().advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(refresh(refreshToken).status()).isEqualTo(401);
    }

    @Test
    void refreshingWithAnUnknownTokenAnswers401() {
        ApiResponse response = refresh("not-a-refresh-token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo(INVALID);
    }

    @Test
    void refreshingWithoutARefreshTokenAnswers422() {
        ApiResponse response = api.post("/v1/auth/token/refresh", "{}", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","refresh_token"],"msg":"Field required","type":"missing"}]""");
    }

    @Test
    void refreshingWithAnOauth2FormWorksLikeJson() {
        String refreshToken = logIn().json().path("refresh_token").asText();

        ApiResponse response = api.send("POST", "/v1/auth/token/refresh", "application/x-www-form-urlencoded",
                BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
                        + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)), null);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenIsNoAccessToken() {
        String refreshToken = logIn().json().path("refresh_token").asText();

        ApiResponse response = api.get("/v1/auth/me", refreshToken);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Could not validate credentials");
    }

    @Test
    void anAccessTokenIsNoRefreshToken() {
        String accessToken = logIn().json().path("access_token").asText();

        assertThat(refresh(accessToken).status()).isEqualTo(401);
    }

    private ApiResponse logIn() {
        return api.post("/v1/auth/token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null);
    }

    private ApiResponse refresh(String refreshToken) {
        return api.post("/v1/auth/token/refresh", "{\"refresh_token\": \"" + refreshToken + "\"}", null);
    }
}
