package dev.parley.http.threads;

import static dev.parley.http.threads.Browser.error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 003's accounts: cookie logins, logout, status, sign-up, deleting one's account, deactivating others'. */
class ThreadsAuthTest {

    private RunningApi api;
    private Browser browser;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        browser = new Browser(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aLoginSetsAnHttpOnlySessionCookieThatLogsTheBrowserIn() {
        api.core().register("alice");

        ApiResponse login = browser.post("/auth/login/", credentials("alice", TestCore.PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("message").asText()).isEqualTo("Login successful");
        assertThat(login.header("Set-Cookie")).startsWith("parley_session=").contains("HttpOnly");
        assertThat(browser.get("/auth/status/").json().path("message").asText()).isEqualTo("User is logged in");
        assertThat(browser.get("/chat/threads/").status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAnUnknownUserOrMissingFieldsAre400InvalidUsernameOrPassword() {
        api.core().register("alice");

        for (String body : new String[] {credentials("alice", "wrong password"), credentials("nobody", "whatever1"),
                "{\"username\": \"alice\"}", "{}"}) {
            ApiResponse response = browser.post("/auth/login/", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(error(response)).isEqualTo("Invalid username or password");
            assertThat(response.header("Set-Cookie")).isNull();
        }
    }

    @Test
    void aLoginThatIsNotJsonIs400InvalidJson() {
        ApiResponse response = browser.post("/auth/login/", "username=alice");

        assertThat(response.status()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("Invalid JSON");
    }

    @Test
    void statusIsAlways200AndSaysWhenNobodyIsLoggedIn() {
        ApiResponse anonymous = browser.get("/auth/status/");
        ApiResponse stale = browser.withSession("no-such-session").get("/auth/status");

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().path("message").asText()).isEqualTo("User is not logged in");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.json().path("message").asText()).isEqualTo("User is not logged in");
    }

    @Test
    void logoutRevokesTheSessionAndClearsTheCookie() {
        Browser alice = Browser.loggedIn(api, "alice");
        String session = alice.session();

        ApiResponse logout = alice.post("/auth/logout/", null);

        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.json().path("message").asText()).isEqualTo("Logout successful");
        assertThat(logout.header("Set-Cookie")).startsWith("parley_session=;").contains("Max-Age=0");
        ApiResponse replayed = new Browser(api).withSession(session).get("/chat/threads/");
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(error(replayed)).isEqualTo("Authentication required");
    }

    @Test
    void aLogoutPostedFromAnotherSiteIsRefusedAndTheSessionHolds() {
        Browser alice = Browser.loggedIn(api, "alice");

        ApiResponse forged = new Browser(api, "https://evil.example.com").withSession(alice.session())
                .post("/auth/logout/", null);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(error(forged)).isEqualTo("CSRF check failed");
        assertThat(alice.get("/chat/threads/").status()).isEqualTo(200);
    }

    @Test
    void signingUpAnswers201WithTheAccountAndDoesNotLogIn() {
        ApiResponse response = browser.post("/auth/register/", signUp("carol", "carol@example.com"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("message").asText()).isEqualTo("User created successfully");
        assertThat(response.json().path("username").asText()).isEqualTo("carol");
        assertThat(response.json().path("email").asText()).isEqualTo("carol@example.com");
        assertThat(response.header("Set-Cookie")).isNull();
        assertThat(browser.post("/auth/login/", credentials("carol", "carol's password")).status()).isEqualTo(200);
    }

    @Test
    void signUpRefusalsAreWordedAsTheOriginalWordedThem() {
        browser.post("/auth/register/", signUp("carol", "carol@example.com"));

        assertRefused("{\"username\": \"dave\", \"password\": \"dave's password\"}", "All fields are required");
        assertRefused("{\"username\": \"dave\", \"email\": \" \", \"password\": \"x12345678\"}", "All fields are required");
        assertRefused(signUp("dave", "not an address"), "Invalid email address");
        assertRefused(signUp("Carol", "other@example.com"), "Username already taken");
        assertRefused(signUp("dave", "CAROL@example.com"), "Email already registered");
        assertRefused("[1, 2]", "Invalid JSON");
        assertRefused("{\"username\": \"dave\", \"email\": \"dave@example.com\", \"password\": \"short\"}",
                "password must be 8 to 128 characters");
    }

    @Test
    void deletingOnesAccountEndsItsSessionAndItsThreads() {
        Browser alice = Browser.loggedIn(api, "alice");
        alice.post("/chat/threads/new/", null);
        String session = alice.session();

        ApiResponse response = alice.delete("/auth/delete/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("message").asText()).isEqualTo("User deleted successfully");
        assertThat(response.header("Set-Cookie")).contains("Max-Age=0");
        assertThat(new Browser(api).withSession(session).get("/auth/status/").json().path("message").asText())
                .isEqualTo("User is not logged in");
        assertThat(Browser.loggedIn(api, "alice").get("/chat/threads/").json().path("threads")).isEmpty();
    }

    @Test
    void anAdminDeactivatesAUserWhoseSessionStopsWorking() {
        Browser bob = Browser.loggedIn(api, "bob");
        Browser admin = new Browser(api).withSession(api.sessionFor(RunningApi.ADMIN, adminPassword()));

        ApiResponse response = admin.post("/auth/deactivate/bob/", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("message").asText()).isEqualTo("User bob has been deactivated.");
        assertThat(bob.get("/chat/threads/").status()).isEqualTo(401);
        assertThat(admin.send("PUT", "/auth/deactivate/bob", null).status()).isEqualTo(200);
        assertThat(admin.send("PATCH", "/auth/deactivate/bob/", null).status()).isEqualTo(200);
    }

    @Test
    void deactivatingAnUnknownUserIs404AndNonAdminsAre403() {
        Browser admin = new Browser(api).withSession(api.sessionFor(RunningApi.ADMIN, adminPassword()));
        Browser bob = Browser.loggedIn(api, "bob");

        ApiResponse unknown = admin.post("/auth/deactivate/nobody/", null);
        ApiResponse forbidden = bob.post("/auth/deactivate/bob/", null);
        ApiResponse anonymous = new Browser(api).post("/auth/deactivate/bob/", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(error(unknown)).isEqualTo("User not found");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(error(forbidden)).isNotBlank();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(error(anonymous)).isEqualTo("Authentication required");
    }

    private String adminPassword() {
        api.adminToken();
        return RunningApi.ADMIN_PASSWORD;
    }

    private void assertRefused(String body, String error) {
        ApiResponse response = browser.post("/auth/register/", body);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(error(response)).as(body).isEqualTo(error);
    }

    static String credentials(String username, String password) {
        return "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password);
    }

    private static String signUp(String username, String email) {
        return "{\"username\": \"%s\", \"email\": \"%s\", \"password\": \"%s's password\"}"
                .formatted(username, email, username.toLowerCase());
    }
}
