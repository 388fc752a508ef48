package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.OpenStream;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents.Event;
import dev.parley.http.support.RateLimit;
import dev.parley.http.support.RouteClass;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Browser sessions: {@code POST /v1/auth/session} logs in and sets an HttpOnly, SameSite=Lax session cookie
 * (Secure when configured), the cookie then stands for the user wherever no {@code Authorization} header
 * is sent, and logging out revokes it (ending the user's streams) and clears it.
 */
class SessionCookieTest {

    private static final String FOURTEEN_DAYS = Long.toString(Duration.ofDays(14).toSeconds());

    private RunningApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void loggingInAnswersLoggedInAndSetsAnHttpOnlyLaxCookieForFourteenDays() {
        api = RunningApi.start();
        api.core().register("alice");

        ApiResponse response = logIn("alice", TestCore.PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("message").asText()).isEqualTo("Logged in");
        assertThat(response.header("Set-Cookie"))
                .matches("parley_session=[A-Za-z0-9_-]+; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + FOURTEEN_DAYS);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theCookieIsSecureWhenTheServerIsReachedOverHttps() {
        api = RunningApi.start(RunningApi.settings().withSecureCookies(true));
        api.core().register("alice");

        ApiResponse response = logIn("alice", TestCore.PASSWORD);

        assertThat(response.header("Set-Cookie")).startsWith("parley_session=").endsWith("; Secure");
    }

    @Test
    void aFormLoginSetsTheCookieToo() {
        api = RunningApi.start();
        api.core().register("alice");

        ApiResponse response = api.send("POST", "/v1/auth/session", "application/x-www-form-urlencoded",
                BodyPublishers.ofString("username=alice&password=correct+horse+battery"), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(whoIs(cookieOf(response))).isEqualTo("alice");
    }

    @Test
    void aWrongPasswordAnswers401LikeTheTokenLoginAndSetsNoCookie() {
        api = RunningApi.start();
        api.core().register("alice");

        ApiResponse response = logIn("alice", "wrong password!");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Incorrect username or password");
        assertThat(response.header("Set-Cookie")).isNull();
    }

    @Test
    void aLoginWithoutAPasswordAnswers422() {
        api = RunningApi.start();

        ApiResponse response = api.post("/v1/auth/session", """
                {"username": "alice"}""", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"password\"]");
    }

    @Test
    void theCookieStandsForTheUserWithoutAnAuthorizationHeader() {
        api = RunningApi.start();
        api.core().register("alice");

        String session = cookieOf(logIn("alice", TestCore.PASSWORD));

        assertThat(whoIs(session)).isEqualTo("alice");
    }

    @Test
    void anAuthorizationHeaderWinsOverTheCookie() {
        api = RunningApi.start();
        api.core().register("alice");
        String aliceSession = api.sessionFor("alice", TestCore.PASSWORD);
        String bob = api.core().tokenFor("bob");

        ApiResponse asBob = api.send(api.withCookie("/v1/auth/me", aliceSession).header("Authorization", "Bearer " + bob));
        ApiResponse badHeader = api.send(api.withCookie("/v1/auth/me", aliceSession)
                .header("Authorization", "Bearer not-a-real-token"));

        assertThat(asBob.json().path("username").asText()).isEqualTo("bob");
        assertThat(badHeader.status()).isEqualTo(401);
        assertThat(badHeader.detail()).isEqualTo("Could not validate credentials");
    }

    @Test
    void anUnknownCookieAnswers401CouldNotValidateCredentials() {
        api = RunningApi.start();

        ApiResponse response = api.send(api.withCookie("/v1/auth/me", "not-a-real-session"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Could not validate credentials");
    }

    @Test
    void loggingOutRevokesTheSessionAndClearsTheCookie() {
        api = RunningApi.start();
        api.core().register("alice");
        String session = api.sessionFor("alice", TestCore.PASSWORD);

        ApiResponse response = api.send(api.withCookie("/v1/auth/logout", session).header("Origin", api.origin())
                .POST(BodyPublishers.noBody()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Set-Cookie")).isEqualTo("parley_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
        assertThat(api.send(api.withCookie("/v1/auth/me", session)).status()).isEqualTo(401);
    }

    @Test
    void loggingOutWithABearerTokenAlsoEndsTheUsersSessions() {
        api = RunningApi.start();
        String token = api.core().tokenFor("alice");
        String session = api.sessionFor("alice", TestCore.PASSWORD);

        ApiResponse response = api.post("/v1/auth/logout", "", token);

        assertThat(response.header("Set-Cookie")).contains("Max-Age=0");
        assertThat(api.send(api.withCookie("/v1/auth/me", session)).status()).isEqualTo(401);
    }

    @Test
    void aStreamOpenedWithTheCookieEndsWithCredentialsRevokedWhenTheUserLogsOutElsewhere() {
        api = RunningApi.start();
        String token = api.core().tokenFor("alice");
        String session = api.sessionFor("alice", TestCore.PASSWORD);
        api.core().model().stallAfter("Once upon");

        try (OpenStream stream = api.openStream(api.withCookie("/v1/chat/stream", session).header("Origin", api.origin())
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(ChatStreamTest.chat("Hi"))))) {
            assertThat(stream.nextDataLine()).isEqualTo("data: Once upon");

            api.post("/v1/auth/logout", "", token);

            CompletableFuture<List<Event>> rest = CompletableFuture.supplyAsync(stream::remainingEvents);
            await().atMost(Duration.ofSeconds(10)).until(rest::isDone);
            assertThat(rest.join()).startsWith(new Event("error", "{\"detail\":\"Credentials revoked\"}"));
        }
    }

    @Test
    void guessingPasswordsThroughSessionLoginsSpendsTheAccountsLoginAttempts() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(RunningApi.GENEROUS_LIMITS
                .with(RouteClass.LOGIN_ACCOUNT, new RateLimit(2, Duration.ofMinutes(15)))));
        api.core().register("alice");
        assertThat(logIn("alice", "guess one").status()).isEqualTo(401);
        assertThat(logIn("alice", "guess two").status()).isEqualTo(401);

        ApiResponse refused = logIn("alice", TestCore.PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.header("Set-Cookie")).isNull();
    }

    @Test
    void sessionLoginsAreCountedAgainstTheAddressesLoginLimit() {
        api = RunningApi.start(RunningApi.settings().withRateLimits(RunningApi.GENEROUS_LIMITS
                .with(RouteClass.LOGIN, RateLimit.perHour(2))));
        assertThat(logIn("alice", "a guess").status()).isEqualTo(401);
        assertThat(logIn("bob", "a guess").status()).isEqualTo(401);

        assertThat(logIn("carol", "a guess").status()).isEqualTo(429);
    }

    private ApiResponse logIn(String username, String password) {
        return api.post("/v1/auth/session", """
                {"username": "%s", "password": "%s"}""".formatted(username, password), null);
    }

    private String whoIs(String session) {
        return api.send(api.withCookie("/v1/auth/me", session)).json().path("username").asText();
    }

    private static String cookieOf(ApiResponse response) {
        String header = response.header("Set-Cookie");
        return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
    }
}
