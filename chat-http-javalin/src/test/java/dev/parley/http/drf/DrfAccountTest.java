package dev.parley.http.drf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import dev.parley.http.support.RateLimit;
import dev.parley.http.support.RateLimits;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 001's sign-up and SimpleJWT's obtain, refresh and verify views, and the refusals of protected routes. */
class DrfAccountTest {

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void registeringAnswers201WithTheIdAndUsernameButNoPassword() {
        ApiResponse response = api.post("/api/register/", "{\"username\": \"alice\", \"password\": \"long enough 1\"}",
                null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("username").asText()).isEqualTo("alice");
        assertThat(response.json().path("id").asLong()).isPositive();
        assertThat(response.json().has("password")).isFalse();
    }

    @Test
    void aTakenUsernameAndMissingFieldsAreFieldErrors() {
        api.core().register("alice");

        ApiResponse taken = api.post("/api/register", "{\"username\": \"alice\", \"password\": \"long enough 1\"}", null);
        ApiResponse missing = api.post("/api/register/", "{\"username\": \"\"}", null);
        ApiResponse tooShort = api.post("/api/register/", "{\"username\": \"bob\", \"password\": \"short\"}", null);

        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).isEqualTo("{\"username\":[\"A user with that username already exists.\"]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo(
                "{\"username\":[\"This field may not be blank.\"],\"password\":[\"This field is required.\"]}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("password").get(0).asText()).contains("8");
    }

    @Test
    void malformedJsonIsAParseErrorInDetail() {
        ApiResponse response = api.post("/api/register/", "{\"username\": ", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).startsWith("JSON parse error - ");
    }

    @Test
    void aListInsteadOfAnObjectIsANonFieldError() {
        ApiResponse response = api.post("/api/token/", "[1]", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(
                "{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}");
    }

    @Test
    void obtainingTokensAnswersRefreshAndAccessThatWorkOnProtectedRoutes() {
        api.core().register("alice");

        ApiResponse response = api.post("/api/token/", login("alice", TestCore.PASSWORD), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"refresh\":");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.get("/api/chat/", response.json().path("access").asText()).status()).isEqualTo(200);
    }

    @Test
    void wrongCredentialsAre401WithSimpleJwtsWordsAndChallenge() {
        api.core().register("alice");

        ApiResponse response = api.post("/api/token", login("alice", "wrong password"), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"No active account found with the given credentials\"}");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"api\"");
    }

    @Test
    void aLoginWithoutPasswordIsAFieldError() {
        ApiResponse response = api.post("/api/token/", "{\"username\": \"alice\"}", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"password\":[\"This field is required.\"]}");
    }

    @Test
    void aRefreshTokenIsTradedOnceForANewPair() {
        api.core().register("alice");
        String refresh = api.post("/api/token/", login("alice", TestCore.PASSWORD), null).json().path("refresh").asText();

        ApiResponse first = api.post("/api/token/refresh/", "{\"refresh\": \"" + refresh + "\"}", null);
        ApiResponse again = api.post("/api/token/refresh", "{\"refresh\": \"" + refresh + "\"}", null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).startsWith("{\"access\":");
        assertThat(first.json().path("refresh").asText()).isNotEqualTo(refresh);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body()).isEqualTo("{\"detail\":\"Token is invalid or expired\",\"code\":\"token_not_valid\"}");
    }

    @Test
    void verifyAnswersAnEmptyObjectForAValidTokenAnd401OtherwiseAnd400WithoutOne() {
        String access = api.core().tokenFor("alice");

        ApiResponse valid = api.post("/api/token/verify/", "{\"token\": \"" + access + "\"}", null);
        ApiResponse invalid = api.post("/api/token/verify", "{\"token\": \"nonsense\"}", null);
        ApiResponse missing = api.post("/api/token/verify/", "{}", null);

        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.body()).isEqualTo("{}");
        assertThat(invalid.status()).isEqualTo(401);
        assertThat(invalid.body()).isEqualTo("{\"detail\":\"Token is invalid or expired\",\"code\":\"token_not_valid\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("{\"token\":[\"This field is required.\"]}");
    }

    @Test
    void aProtectedRouteWithoutCredentialsIs401NotProvided() {
        ApiResponse response = api.get("/api/chat", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"api\"");
    }

    @Test
    void aProtectedRouteWithABadTokenIs401TokenNotValid() {
        ApiResponse response = api.get("/api/message/", "not-a-token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(
                "{\"detail\":\"Given token not valid for any token type\",\"code\":\"token_not_valid\"}");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"api\"");
    }

    @Test
    void aFormPostedLoginIsReadToo() {
        api.core().register("alice");

        ApiResponse response = api.send("POST", "/api/token/", "application/x-www-form-urlencoded",
                BodyPublishers.ofString("username=alice&password=" + TestCore.PASSWORD.replace(' ', '+')), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("access")).isTrue();
    }

    @Test
    void aBodyOfAnotherTypeIs415() {
        ApiResponse response = api.send("POST", "/api/token/", "text/plain", BodyPublishers.ofString("alice"), null);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.detail()).isEqualTo("Unsupported media type \"text/plain\" in request.");
    }

    @Test
    void aRefreshTokenDoesNotVerifyAsAnAccessToken() {
        api.core().register("alice");
        String refresh = api.post("/api/token/", login("alice", TestCore.PASSWORD), null).json().path("refresh").asText();

        ApiResponse response = api.post("/api/token/verify/", "{\"token\": \"" + refresh + "\"}", null);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aThrottledLoginIs429InDrfWordsWithRetryAfter() {
        try (RunningApi limited = RunningApi.start(RunningApi.settings().withRateLimits(
                RateLimits.everywhere(new RateLimit(1, Duration.ofHours(1)))))) {
            limited.post("/api/token/", login("alice", "whatever 1"), null);

            ApiResponse response = limited.post("/api/token/", login("alice", "whatever 1"), null);

            assertThat(response.status()).isEqualTo(429);
            assertThat(response.detail()).matches("Request was throttled\\. Expected available in \\d+ seconds\\.");
            assertThat(response.header("Retry-After")).isNotBlank();
        }
    }

    private static String login(String username, String password) {
        return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
    }
}
