package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SimpleJWT-style verification over /v1: {@code {}} for an access token that works now, its refusal otherwise. */
class TokenVerifyTest {

    private static final String NOT_VALID = "{\"detail\":\"Token is invalid or expired\",\"code\":\"token_not_valid\"}";

    private RunningApi api;
    private JsonNode pair;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.core().register("alice");
        pair = api.post("/v1/auth/token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null).json();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void verifyingALiveAccessTokenAnswersAnEmptyObject() {
        ApiResponse response = verify(pair.path("access_token").asText());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
    }

    @Test
    void verifyingARefreshTokenAnswers401InSimpleJwtsShape() {
        ApiResponse response = verify(pair.path("refresh_token").asText());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(NOT_VALID);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void verifyingGarbageOrNothingAnswers401InSimpleJwtsShape() {
        assertThat(verify("garbage").body()).isEqualTo(NOT_VALID);
        assertThat(verify("").body()).isEqualTo(NOT_VALID);
        assertThat(verify("").status()).isEqualTo(401);
    }

    @Test
    void verifyingAnAccessTokenAfterLogoutAnswers401InSimpleJwtsShape() {
        String accessToken = pair.path("access_token").asText();
        api.post("/v1/auth/logout", "", accessToken);

        ApiResponse response = verify(accessToken);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(NOT_VALID);
    }

    @Test
    void verifyingAnExpiredAccessTokenAnswers401() {
        api.core().clock().advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(verify(pair.path("access_token").asText()).body()).isEqualTo(NOT_VALID);
    }

    @Test
    void verifyingAnApiTokenAnswers401SinceItIsNoAccessToken() {
        String key = api.post("/v1/auth/api-token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null).json()
                .path("token").asText();

        assertThat(verify(key).body()).isEqualTo(NOT_VALID);
    }

    @Test
    void verifyingWithoutATokenAnswers422() {
        ApiResponse response = api.post("/v1/auth/token/verify", "{}", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","token"],"msg":"Field required","type":"missing"}]""");
    }

    private ApiResponse verify(String token) {
        return api.post("/v1/auth/token/verify", "{\"token\": \"" + token + "\"}", null);
    }
}
