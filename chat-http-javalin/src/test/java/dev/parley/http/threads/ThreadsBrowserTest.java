package dev.parley.http.threads;

import static dev.parley.http.threads.Browser.error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import dev.parley.http.support.RateLimit;
import dev.parley.http.support.RouteClass;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's front end on its own origin: CORS with credentials for the configured origin, cookie-authenticated
 * state changes from it pass the CSRF check while a foreign origin's are refused, and the rate limits answer
 * {@code {"error": "Rate limit exceeded"}}.
 */
class ThreadsBrowserTest {

    private static final String FRONT_END = "http://localhost:3000";

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start(RunningApi.settings().withCorsOrigins(List.of(FRONT_END))
                .withRateLimits(RunningApi.GENEROUS_LIMITS.with(RouteClass.STATUS, new RateLimit(2, Duration.ofHours(1)))
                        .with(RouteClass.REPLY, new RateLimit(1, Duration.ofMinutes(1)))));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aPreflightForRetitlingAThreadFromTheFrontEndIsAllowedWithCredentials() {
        ApiResponse preflight = api.send(api.request("/chat/threads/1/update-title/", null)
                .method("OPTIONS", BodyPublishers.noBody()).header("Origin", FRONT_END)
                .header("Access-Control-Request-Method", "PUT").header("Access-Control-Request-Headers", "content-type"));

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PUT", "DELETE");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("content-type");
    }

    @Test
    void theFrontEndLogsInWithCredentialsAndReadsAndChangesThreadsByCookie() {
        api.core().register("alice");
        Browser frontEnd = new Browser(api, FRONT_END);

        ApiResponse login = frontEnd.post("/auth/login/", ThreadsAuthTest.credentials("alice", TestCore.PASSWORD));
        ApiResponse created = frontEnd.post("/chat/threads/new/", null);
        ApiResponse listed = frontEnd.get("/chat/threads/");
        long id = created.json().path("thread_id").asLong();
        ApiResponse retitled = frontEnd.put("/chat/threads/" + id + "/update-title/", "{\"title\": \"Trip\"}");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
        assertThat(login.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(created.status()).isEqualTo(201);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
        assertThat(listed.json().path("threads")).hasSize(1);
        assertThat(retitled.status()).isEqualTo(200);
        assertThat(frontEnd.delete("/chat/threads/" + id + "/delete/").status()).isEqualTo(200);
    }

    @Test
    void aForeignOriginGetsNoCorsAndItsCookieStateChangesAreRefused() {
        Browser alice = Browser.loggedIn(api, "alice");
        long id = alice.post("/chat/threads/new/", null).json().path("thread_id").asLong();
        Browser evil = new Browser(api, "https://evil.example.com").withSession(alice.session());

        ApiResponse listed = evil.get("/chat/threads/");
        ApiResponse deleted = evil.delete("/chat/threads/" + id + "/delete/");
        ApiResponse created = evil.post("/chat/threads/new/", null);
        ApiResponse login = evil.post("/auth/login/", ThreadsAuthTest.credentials("alice", TestCore.PASSWORD));

        assertThat(listed.header("Access-Control-Allow-Origin")).isNull();
        for (ApiResponse refused : List.of(deleted, created, login)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(error(refused)).isEqualTo("CSRF check failed");
        }
        assertThat(alice.get("/chat/threads/").json().path("threads")).hasSize(1);
    }

    @Test
    void overTheLimitIs429RateLimitExceededWithRetryAfter() {
        Browser browser = new Browser(api, FRONT_END);
        browser.get("/auth/status/");
        browser.get("/auth/status/");

        ApiResponse limited = browser.get("/auth/status/");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().path("error").asText()).isEqualTo("Rate limit exceeded");
        assertThat(limited.header("Retry-After")).matches("\\d+");
        assertThat(limited.header("Access-Control-Allow-Origin")).isEqualTo(FRONT_END);
    }

    @Test
    void bothReplyRoutesShareTheReplyLimit() {
        Browser alice = Browser.loggedIn(api, "alice");
        long id = alice.post("/chat/threads/new/", null).json().path("thread_id").asLong();

        assertThat(alice.post("/chat/response/" + id + "/", "{\"message\": \"Hi\"}").status()).isEqualTo(200);
        ApiResponse limited = alice.post("/chat/streaming-response/" + id + "/", "{\"message\": \"Hi\"}");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(error(limited)).isEqualTo("Rate limit exceeded");
    }
}
