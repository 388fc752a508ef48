package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import dev.parley.http.support.RateLimit;
import dev.parley.http.support.RateLimits;
import dev.parley.http.support.RouteClass;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits over HTTP: brute force on the login (and the API-token login and the refresh) is answered
 * 429 with {@code Retry-After}, per client address and username and per client address; callers with a
 * valid token are counted per user; {@code X-Forwarded-For} counts only from a trusted proxy.
 */
class RateLimitTest {

    private static final RateLimits TIGHT = RunningApi.GENEROUS_LIMITS
            .with(RouteClass.LOGIN, RateLimit.perHour(6))
            .with(RouteClass.LOGIN_ACCOUNT, new RateLimit(3, Duration.ofMinutes(15)))
            .with(RouteClass.STATUS, RateLimit.perHour(2))
            .with(RouteClass.REPLY, RateLimit.perMinute(1));

    private RunningApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void guessingOnePasswordIsRefusedWith429AndRetryAfterOnceTheAccountsAttemptsAreSpent() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(TIGHT));
        api.core().register("alice");
        for (int i = 0; i < 3; i++) {
            assertThat(logIn("alice", "guess " + i, null).status()).isEqualTo(401);
        }

        ApiResponse refused = logIn("alice", TestCore.PASSWORD, null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("{\"detail\":\"Rate limit exceeded\"}");
        // 3 per 15 minutes: one attempt comes back every 300 s.
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 300L);
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // The address has logins left (4 of 6 spent), and other accounts may still use them.
        assertThat(logIn("ALICE", TestCore.PASSWORD, null).status()).isEqualTo(429);
        assertThat(logIn("bob", "a guess", null).status()).isEqualTo(401);
    }

    @Test
    void guessingManyAccountsFromOneAddressIsRefusedOnceTheAddressesLoginsAreSpent() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(TIGHT));
        for (int i = 0; i < 6; i++) {
            assertThat(logIn("user" + i, "a guess", null).status()).isEqualTo(401);
        }

        ApiResponse refused = logIn("user9", "a guess", null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.detail()).isEqualTo("Rate limit exceeded");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
    }

    @Test
    void guessingPasswordsThroughTheApiTokenRouteSpendsTheSameAttemptsAsTheLogin() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(TIGHT));
        api.core().register("alice");
        for (int i = 0; i < 2; i++) {
            assertThat(api.post("/v1/auth/api-token", """
                    {"username": "alice", "password": "guess %d"}""".formatted(i), null).status()).isEqualTo(401);
        }
        assertThat(logIn("alice", "guess 2", null).status()).isEqualTo(401);

        ApiResponse refused = api.post("/v1/auth/api-token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    @Test
    void guessingRefreshTokensIsRefusedOnceTheAddressesLoginsAreSpent() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(TIGHT));
        for (int i = 0; i < 6; i++) {
            assertThat(api.post("/v1/auth/token/refresh", "{\"refresh_token\": \"guess " + i + "\"}", null).status())
                    .isEqualTo(401);
        }

        ApiResponse refused = api.post("/v1/auth/token/refresh", "{\"refresh_token\": \"guess 9\"}", null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.detail()).isEqualTo("Rate limit exceeded");
    }

    @Test
    void aClientBehindATrustedProxyIsCountedByItsForwardedAddress() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(TIGHT).withTrustedProxies(List.of("127.0.0.1")));
        for (int i = 0; i < 6; i++) {
            assertThat(logIn("user" + i, "a guess", "203.0.113.7").status()).isEqualTo(401);
        }

        assertThat(logIn("user9", "a guess", "203.0.113.7").status()).isEqualTo(429);
        assertThat(logIn("user9", "a guess", "198.51.100.1, 203.0.113.8").status()).isEqualTo(401);
        assertThat(logIn("user9", "a guess", null).status()).isEqualTo(401);
    }

    @Test
    void anXForwardedForFromAPeerThatIsNotATrustedProxyIsIgnored() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(TIGHT).withTrustedProxies(List.of("10.0.0.0/8")));
        for (int i = 0; i < 6; i++) {
            assertThat(logIn("user" + i, "a guess", "203.0.113." + i).status()).isEqualTo(401);
        }

        assertThat(logIn("user9", "a guess", "198.51.100.1").status()).isEqualTo(429);
    }

    @Test
    void callersWithAValidTokenAreCountedPerUserAndOthersPerAddress() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(TIGHT));
        String alice = api.core().tokenFor("alice");
        String bob = api.core().tokenFor("bob");
        api.get("/v1/auth/me", alice);
        api.get("/v1/auth/me", alice);

        assertThat(api.get("/v1/auth/me", alice).status()).isEqualTo(429);
        assertThat(api.get("/v1/auth/me", bob).status()).isEqualTo(200);
        assertThat(api.get("/v1/auth/me", null).status()).isEqualTo(401);
        assertThat(api.get("/v1/auth/me", "not a token").status()).isEqualTo(401);
        assertThat(api.get("/v1/auth/me", null).status()).isEqualTo(429);
    }

    @Test
    void aReplyOverTheLimitIsRefusedBeforeAnythingIsStored() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(TIGHT));
        String alice = api.core().tokenFor("alice");
        assertThat(api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), alice).status()).isEqualTo(200);

        ApiResponse refused = api.post("/v1/chat/stream", ChatStreamTest.chat("Hi again"), alice);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(api.get("/v1/chat/history", alice).json().path("sessions").size()).isEqualTo(1);
        assertThat(api.core().model().requests()).hasSize(1);
    }

    @Test
    void withRateLimitsOffNothingIsRefused() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(RateLimits.off()));
        api.core().register("alice");

        for (int i = 0; i < 30; i++) {
            assertThat(logIn("alice", "guess " + i, null).status()).isEqualTo(401);
        }
    }

    private ApiResponse logIn(String username, String password, String forwardedFor) {
        HttpRequest.Builder request = api.request("/v1/auth/token", null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + username + "&password=" + password.replace(' ', '+')));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return api.send(request);
    }
}
