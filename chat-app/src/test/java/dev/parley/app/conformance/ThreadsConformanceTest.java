package dev.parley.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003 ("threads", Django with a React front end) against the real server: every documented route with
 * and without its trailing slash, the bodies and statuses the original answered, its error cases, and the
 * original's defects fixed (401 JSON instead of a redirect, a working 429, messages listed for threads that
 * have some, the partial reply kept when the client disconnects mid-stream).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreadsConformanceTest {

    private static final String FRONT_END = "http://localhost:3000";
    private static final String ADMIN = "root";
    private static final String ADMIN_PASSWORD = "root password 1";
    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger USERS = new AtomicInteger();

    private RunningParley parley;

    @BeforeAll
    void start(@TempDir Path dir) {
        parley = RunningParley.start(dir, Map.of("PARLEY_ADMIN_USERNAME", ADMIN, "PARLEY_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "PARLEY_CORS_ORIGINS", FRONT_END));
    }

    @AfterAll
    void stop() {
        parley.close();
    }

    @Test
    void registerAnswers201WithTheAccountWithAndWithoutTheSlash() {
        HttpResponse<String> withSlash = register(new Session(parley), "reg1", "reg1@example.com");
        HttpResponse<String> withoutSlash = new Session(parley).send("POST", "/auth/register",
                signUp("reg2", "reg2@example.com"));

        assertThat(withSlash.statusCode()).isEqualTo(201);
        assertThat(RunningParley.parse(withSlash).toString())
                .isEqualTo("{\"message\":\"User created successfully\",\"username\":\"reg1\",\"email\":\"reg1@example.com\"}");
        assertThat(withoutSlash.statusCode()).isEqualTo(201);
    }

    @Test
    void registerRefusalsAre400ErrorsInTheOriginalsWords() {
        Session browser = new Session(parley);
        register(browser, "taken", "taken@example.com");

        assertError(browser.send("POST", "/auth/register/", "{\"username\": \"x1\"}"), 400, "All fields are required");
        assertError(browser.send("POST", "/auth/register/", signUp("other", "nope")), 400, "Invalid email address");
        assertError(browser.send("POST", "/auth/register/", signUp("TAKEN", "t2@example.com")), 400,
                "Username already taken");
        assertError(browser.send("POST", "/auth/register/", signUp("other", "taken@example.com")), 400,
                "Email already registered");
        assertError(browser.send("POST", "/auth/register/", "{not json"), 400, "Invalid JSON");
    }

    @Test
    void loginSetsTheSessionCookieAndStatusSaysLoggedIn() {
        Session browser = new Session(parley);
        assertMessage(browser.send("GET", "/auth/status/", null), "User is not logged in");
        String name = newUser();

        HttpResponse<String> login = browser.send("POST", "/auth/login/", credentials(name, PASSWORD));

        assertMessage(login, "Login successful");
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly");
        assertMessage(browser.send("GET", "/auth/status/", null), "User is logged in");
        assertMessage(browser.send("GET", "/auth/status", null), "User is logged in");
        assertError(new Session(parley).send("POST", "/auth/login", credentials(name, "wrong password")), 400,
                "Invalid username or password");
        assertError(new Session(parley).send("POST", "/auth/login/", credentials("nobody-at-all", "wrong password")), 400,
                "Invalid username or password");
    }

    @Test
    void logoutEndsTheSession() {
        Session browser = loggedIn();
        String cookie = browser.cookie;

        assertMessage(browser.send("POST", "/auth/logout/", null), "Logout successful");

        Session replay = new Session(parley);
        replay.cookie = cookie;
        assertMessage(replay.send("GET", "/auth/status/", null), "User is not logged in");
        assertMessage(loggedIn().send("POST", "/auth/logout", null), "Logout successful");
    }

    @Test
    void deleteRemovesTheCallersAccount() {
        Session browser = loggedIn();
        String cookie = browser.cookie;

        assertMessage(browser.send("DELETE", "/auth/delete/", null), "User deleted successfully");

        Session replay = new Session(parley);
        replay.cookie = cookie;
        assertError(replay.send("GET", "/chat/threads/", null), 401, "Authentication required");
        assertMessage(loggedIn().send("DELETE", "/auth/delete", null), "User deleted successfully");
    }

    @Test
    void deactivateIsForStaffAndAnswersTheOriginalsMessage() {
        Session target = loggedIn();
        String name = target.username;
        Session admin = new Session(parley);
        admin.send("POST", "/auth/login/", credentials(ADMIN, ADMIN_PASSWORD));

        assertError(loggedIn().send("POST", "/auth/deactivate/" + name + "/", null), 403, null);
        assertMessage(admin.send("POST", "/auth/deactivate/" + name + "/", null), "User " + name + " has been deactivated.");
        assertMessage(admin.send("POST", "/auth/deactivate/" + name, null), "User " + name + " has been deactivated.");
        assertError(admin.send("POST", "/auth/deactivate/nobody-at-all/", null), 404, "User not found");
        assertError(target.send("GET", "/chat/threads/", null), 401, "Authentication required");
    }

    @Test
    void newThreadIs201WithItsIdTitledNewChat() {
        Session browser = loggedIn();

        HttpResponse<String> created = browser.send("POST", "/chat/threads/new/", null);
        HttpResponse<String> again = browser.send("POST", "/chat/threads/new", null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        JsonNode threads = RunningParley.parse(browser.send("GET", "/chat/threads/", null)).path("threads");
        assertThat(threads).hasSize(2);
        assertThat(threads.get(1).path("id").asLong()).isEqualTo(RunningParley.parse(created).path("thread_id").asLong());
        assertThat(threads.get(1).path("title").asText()).isEqualTo("New Chat");
    }

    @Test
    void threadsListsTheCallersThreadsWithTheirFields() {
        Session browser = loggedIn();
        long id = newThread(browser);
        newThread(loggedIn());

        JsonNode threads = RunningParley.parse(browser.send("GET", "/chat/threads", null)).path("threads");

        assertThat(threads).hasSize(1);
        JsonNode thread = threads.get(0);
        assertThat(thread.path("id").asLong()).isEqualTo(id);
        List<String> fields = new ArrayList<>();
        thread.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "title", "created_at", "updated_at");
        assertThat(thread.path("created_at").asText()).endsWith("Z");
    }

    @Test
    void messagesListsUserAndBotTurnsForAThreadThatHasSome() {
        Session browser = loggedIn();
        long id = newThread(browser);
        browser.send("POST", "/chat/response/" + id + "/", "{\"message\": \"Hello there\"}");

        HttpResponse<String> listed = browser.send("GET", "/chat/threads/" + id + "/messages/", null);

        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode messages = RunningParley.parse(listed).path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("sender").asText()).isEqualTo("user");
        assertThat(messages.get(0).path("content").asText()).isEqualTo("Hello there");
        assertThat(messages.get(1).path("sender").asText()).isEqualTo("bot");
        assertThat(messages.get(1).path("content").asText()).contains("Hello there");
        assertThat(messages.get(1).path("created_at").asText()).endsWith("Z");
        assertThat(browser.send("GET", "/chat/threads/" + id + "/messages", null).statusCode()).isEqualTo(200);
    }

    @Test
    void updateTitleChangesTheTitleAndRefusesMissingOrLongOnes() {
        Session browser = loggedIn();
        long id = newThread(browser);

        HttpResponse<String> updated = browser.send("PUT", "/chat/threads/" + id + "/update-title/", "{\"title\": \"Trip\"}");

        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(updated).path("status").asText()).isEqualTo("Title updated successfully");
        assertThat(RunningParley.parse(browser.send("GET", "/chat/threads/", null)).path("threads").get(0)
                .path("title").asText()).isEqualTo("Trip");
        assertThat(browser.send("PUT", "/chat/threads/" + id + "/update-title", "{\"title\": \"Trip 2\"}").statusCode())
                .isEqualTo(200);
        assertError(browser.send("PUT", "/chat/threads/" + id + "/update-title/", "{}"), 400, "No title provided");
        assertError(browser.send("PUT", "/chat/threads/" + id + "/update-title/",
                "{\"title\": \"" + "x".repeat(51) + "\"}"), 400, "Title must be at most 50 characters");
    }

    @Test
    void deleteThreadRemovesOneAndDeleteAllCountsTheRest() {
        Session browser = loggedIn();
        long first = newThread(browser);
        long second = newThread(browser);
        newThread(browser);
        newThread(browser);

        HttpResponse<String> one = browser.send("DELETE", "/chat/threads/" + first + "/delete/", null);
        HttpResponse<String> other = browser.send("DELETE", "/chat/threads/" + second + "/delete", null);
        HttpResponse<String> all = browser.send("DELETE", "/chat/threads/delete/", null);

        assertThat(RunningParley.parse(one).path("status").asText()).isEqualTo("Thread deleted successfully");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(all).path("status").asText()).isEqualTo("Successfully deleted 2 threads");
        assertThat(RunningParley.parse(browser.send("DELETE", "/chat/threads/delete", null)).path("status").asText())
                .isEqualTo("Successfully deleted 0 threads");
        assertError(browser.send("DELETE", "/chat/threads/" + first + "/delete/", null), 404, "Thread not found");
    }

    @Test
    void responseAnswersTheModelsWholeReply() {
        Session browser = loggedIn();
        long id = newThread(browser);

        HttpResponse<String> reply = browser.send("POST", "/chat/response/" + id + "/",
                "{\"message\": \"user: Hi\\nbot: Hello\\nuser: What now?\"}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(reply).path("response").asText()).startsWith("Reply").endsWith(": What now?");
        assertThat(browser.send("POST", "/chat/response/" + id, "{\"message\": \"Again\"}").statusCode()).isEqualTo(200);
        assertError(browser.send("POST", "/chat/response/" + id + "/", "{}"), 400, "No message provided");
        assertError(browser.send("POST", "/chat/response/" + id + "/", "nope"), 400, "Invalid JSON");
    }

    @Test
    void streamingResponseIsTheRawTokensAsPlainText() {
        Session browser = loggedIn();
        long id = newThread(browser);

        HttpResponse<String> stream = browser.send("POST", "/chat/streaming-response/" + id + "/", "{\"message\": \"Hi\"}");

        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(stream.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-cache");
        assertThat(stream.body()).matches("Reply \\d+ from [^:]+: Hi");
        assertThat(browser.send("POST", "/chat/streaming-response/" + id, "{\"message\": \"Hi\"}").statusCode())
                .isEqualTo(200);
        assertError(browser.send("POST", "/chat/streaming-response/" + id + "/", "{\"message\": \"\"}"), 400,
                "No message provided");
    }

    @Test
    void unauthenticatedCallsAre401JsonNotARedirect() {
        Session anonymous = new Session(parley);

        for (String[] call : new String[][] {{"GET", "/chat/threads/"}, {"POST", "/chat/threads/new/"},
                {"GET", "/chat/threads/1/messages/"}, {"PUT", "/chat/threads/1/update-title/"},
                {"DELETE", "/chat/threads/1/delete/"}, {"DELETE", "/chat/threads/delete/"},
                {"POST", "/chat/response/1/"}, {"POST", "/chat/streaming-response/1/"}, {"DELETE", "/auth/delete/"},
                {"POST", "/auth/deactivate/someone/"}}) {
            HttpResponse<String> response = anonymous.send(call[0], call[1], "{}");
            assertError(response, 401, "Authentication required");
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
    }

    @Test
    void anotherUsersThreadIsNotFound() {
        long others = newThread(loggedIn());
        Session browser = loggedIn();

        assertError(browser.send("GET", "/chat/threads/" + others + "/messages/", null), 404, "Thread not found");
        assertError(browser.send("POST", "/chat/response/" + others + "/", "{\"message\": \"Hi\"}"), 404,
                "Thread not found");
    }

    @Test
    void corsAndCsrfLetTheConfiguredFrontEndInAndKeepOthersOut() {
        HttpResponse<String> preflight = parley.send(parley.request("/chat/threads/1/update-title/")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", FRONT_END)
                .header("Access-Control-Request-Method", "PUT"));
        Session frontEnd = loggedIn(FRONT_END);
        Session foreign = new Session(parley, "https://evil.example.com");
        foreign.cookie = frontEnd.cookie;

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(FRONT_END);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).contains("true");
        HttpResponse<String> created = frontEnd.send("POST", "/chat/threads/new/", null);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Access-Control-Allow-Origin")).contains(FRONT_END);
        assertError(foreign.send("POST", "/chat/threads/new/", null), 403, "CSRF check failed");
    }

    @Test
    void aThreadCreatedHereShowsInTheV1History() {
        Session browser = loggedIn();
        long id = newThread(browser);
        browser.send("POST", "/chat/response/" + id + "/", "{\"message\": \"Across dialects\"}");
        String token = RunningParley.parse(parley.json("POST", "/v1/auth/token",
                Map.of("username", browser.username, "password", PASSWORD))).path("access_token").asText();

        JsonNode sessions = RunningParley.parse(parley.json("GET", "/v1/chat/history", null,
                "Authorization", "Bearer " + token)).path("sessions");

        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).path("id").asLong()).isEqualTo(id);
        assertThat(sessions.get(0).path("messages").get(0).path("content").asText()).isEqualTo("Across dialects");
    }

    @Test
    void overTheLimitIs429RateLimitExceeded(@TempDir Path dir) {
        try (RunningParley limited = RunningParley.start(dir, Map.of("PARLEY_RATE_LIMITS", "status=2/h,reply=1/min"))) {
            Session browser = new Session(limited);
            browser.send("GET", "/auth/status/", null);
            browser.send("GET", "/auth/status/", null);

            HttpResponse<String> refused = browser.send("GET", "/auth/status/", null);

            assertError(refused, 429, "Rate limit exceeded");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void aClientThatDisconnectsMidStreamLeavesThePartialReply(@TempDir Path dir) throws IOException {
        try (StallingOpenAiProvider slow = new StallingOpenAiProvider("Once upon");
                RunningParley stalled = RunningParley.start(dir, Map.of("OPENAI_BASE_URL", slow.baseUrl()))) {
            Session browser = new Session(stalled);
            browser.send("POST", "/auth/register/", signUp("slow", "slow@example.com"));
            browser.send("POST", "/auth/login/", credentials("slow", PASSWORD));
            long id = newThread(browser);

            try (Socket socket = new Socket(stalled.base().getHost(), stalled.base().getPort())) {
                byte[] body = "{\"message\": \"Tell me a story\"}".getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /chat/streaming-response/" + id + "/ HTTP/1.1\r\nHost: " + stalled.base().getAuthority()
                        + "\r\nOrigin: " + browser.origin + "\r\nCookie: parley_session=" + browser.cookie
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                InputStream in = socket.getInputStream();
                StringBuilder received = new StringBuilder();
                while (received.indexOf("Once upon") < 0) {
                    int read = in.read();
                    assertThat(read).as("the stream ended early: " + received).isNotNegative();
                    received.append((char) read);
                }
            }

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                JsonNode messages = RunningParley.parse(browser.send("GET", "/chat/threads/" + id + "/messages/", null))
                        .path("messages");
                assertThat(messages).hasSize(2);
                assertThat(messages.get(1).path("sender").asText()).isEqualTo("bot");
                assertThat(messages.get(1).path("content").asText()).isEqualTo("Once upon");
            });
        }
    }

    private Session loggedIn() {
        return loggedIn(null);
    }

    private Session loggedIn(String origin) {
        Session browser = origin == null ? new Session(parley) : new Session(parley, origin);
        String name = newUser();
        browser.send("POST", "/auth/login/", credentials(name, PASSWORD));
        browser.username = name;
        assertThat(browser.cookie).isNotNull();
        return browser;
    }

    private String newUser() {
        String name = "user" + USERS.incrementAndGet();
        assertThat(register(new Session(parley), name, name + "@example.com").statusCode()).isEqualTo(201);
        return name;
    }

    private static long newThread(Session browser) {
        return RunningParley.parse(browser.send("POST", "/chat/threads/new/", null)).path("thread_id").asLong();
    }

    private static HttpResponse<String> register(Session browser, String username, String email) {
        return browser.send("POST", "/auth/register/", signUp(username, email));
    }

    private static String signUp(String username, String email) {
        return "{\"username\": \"%s\", \"email\": \"%s\", \"password\": \"%s\"}".formatted(username, email, PASSWORD);
    }

    private static String credentials(String username, String password) {
        return "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password);
    }

    private static void assertMessage(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(RunningParley.parse(response).path("message").asText()).isEqualTo(message);
    }

    /** {@code {"error": message}} with {@code status}; any message when {@code message} is null. */
    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = RunningParley.parse(response);
        assertThat(body.path("error").isTextual()).as(response.body()).isTrue();
        if (message != null) {
            assertThat(body.path("error").asText()).isEqualTo(message);
        }
    }

    /** A browser on a page of {@code origin} (the server's own by default), keeping the session cookie. */
    private static final class Session {

        private final RunningParley server;
        private final String origin;
        private String cookie;
        private String username;

        Session(RunningParley server) {
            this(server, server.base().toString().replaceAll("/$", ""));
        }

        Session(RunningParley server, String origin) {
            this.server = server;
            this.origin = origin;
        }

        HttpResponse<String> send(String method, String path, String json) {
            List<String> headers = new ArrayList<>(List.of("Origin", origin));
            if (cookie != null) {
                headers.addAll(List.of("Cookie", "parley_session=" + cookie));
            }
            HttpResponse<String> response = server.json(method, path, json, headers.toArray(String[]::new));
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("parley_session="))
                    .forEach(c -> {
                        String value = c.substring("parley_session=".length(), c.indexOf(';'));
                        cookie = value.isEmpty() ? null : value;
                    });
            return response;
        }
    }
}
