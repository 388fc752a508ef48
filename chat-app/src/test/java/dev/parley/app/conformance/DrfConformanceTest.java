package dev.parley.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001 (drf) against the real server: sign-up, SimpleJWT's token views, the chat, message and file
 * viewsets with and without trailing slashes, {@code /api/llm/}, DRF's error shapes, walls between users,
 * and a chat that is the same conversation as a /v1 session.
 */
class DrfConformanceTest {

    private static final String PASSWORD = "conformance pass 1";
    private static final String BOUNDARY = "----drf-conformance-boundary";

    private RunningParley parley;

    @BeforeEach
    void start(@TempDir Path dir) {
        parley = RunningParley.start(dir);
    }

    @AfterEach
    void stop() {
        parley.close();
    }

    @Test
    void registerAnswers201WithIdAndUsernameAndATakenNameIsAFieldError() {
        HttpResponse<String> created = parley.json("POST", "/api/register/", Map.of("username", "alice", "password",
                PASSWORD));
        HttpResponse<String> taken = parley.json("POST", "/api/register", Map.of("username", "alice", "password",
                PASSWORD));
        HttpResponse<String> missing = parley.json("POST", "/api/register/", Map.of("username", "bob"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(RunningParley.parse(created).path("username").asText()).isEqualTo("alice");
        assertThat(RunningParley.parse(created).has("id")).isTrue();
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).isEqualTo("{\"username\":[\"A user with that username already exists.\"]}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("{\"password\":[\"This field is required.\"]}");
    }

    @Test
    void tokenAnswersRefreshAndAccessAndWrongCredentialsAre401() {
        register("alice");

        HttpResponse<String> pair = parley.json("POST", "/api/token/", Map.of("username", "alice", "password", PASSWORD));
        HttpResponse<String> wrong = parley.json("POST", "/api/token", Map.of("username", "alice", "password", "nope"));
        HttpResponse<String> nobody = parley.json("POST", "/api/token/", Map.of("username", "nobody", "password", "nope"));

        assertThat(pair.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(pair).has("refresh")).isTrue();
        assertThat(RunningParley.parse(pair).has("access")).isTrue();
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"detail\":\"No active account found with the given credentials\"}");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"api\"");
        // An unknown username gets the very same answer, so logins tell no one which usernames exist.
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(nobody.body()).isEqualTo(wrong.body());
    }

    @Test
    void refreshRotatesOnceAndAReusedRefreshIs401TokenNotValid() {
        register("alice");
        String refresh = RunningParley.parse(parley.json("POST", "/api/token/", Map.of("username", "alice", "password",
                PASSWORD))).path("refresh").asText();

        HttpResponse<String> rotated = parley.json("POST", "/api/token/refresh/", Map.of("refresh", refresh));
        HttpResponse<String> reused = parley.json("POST", "/api/token/refresh", Map.of("refresh", refresh));

        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(rotated).path("access").asText()).isNotBlank();
        assertThat(RunningParley.parse(rotated).path("refresh").asText()).isNotEqualTo(refresh);
        assertThat(reused.statusCode()).isEqualTo(401);
        assertThat(reused.body()).isEqualTo("{\"detail\":\"Token is invalid or expired\",\"code\":\"token_not_valid\"}");
    }

    @Test
    void verifyAnswersEmptyForAValidToken401ForAnInvalidOneAnd400WithoutOne() {
        String access = register("alice");

        HttpResponse<String> valid = parley.json("POST", "/api/token/verify/", Map.of("token", access));
        HttpResponse<String> invalid = parley.json("POST", "/api/token/verify", Map.of("token", "garbage"));
        HttpResponse<String> missing = parley.json("POST", "/api/token/verify/", Map.of());

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).isEqualTo("{}");
        assertThat(invalid.statusCode()).isEqualTo(401);
        assertThat(invalid.body()).isEqualTo("{\"detail\":\"Token is invalid or expired\",\"code\":\"token_not_valid\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("{\"token\":[\"This field is required.\"]}");
    }

    @Test
    void protectedRoutesRefuseMissingAndBadCredentialsInDrfWords() {
        HttpResponse<String> none = parley.json("GET", "/api/chat/", null);
        HttpResponse<String> bad = parley.json("GET", "/api/file", null, "Authorization", "Bearer not.a.token");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"api\"");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).isEqualTo(
                "{\"detail\":\"Given token not valid for any token type\",\"code\":\"token_not_valid\"}");
        assertThat(bad.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"api\"");
    }

    @Test
    void malformedJsonIsA400ParseError() {
        String token = register("alice");

        HttpResponse<String> response = parley.json("POST", "/api/chat/", "{\"title\": ", auth(token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(response).path("detail").asText()).startsWith("JSON parse error - ");
    }

    @Test
    void chatsAreCreatedListedReadUpdatedAndDeletedWithAndWithoutTrailingSlash() {
        String token = register("alice");
        long me = me(token);

        HttpResponse<String> created = parley.json("POST", "/api/chat", Map.of("title", "Plans", "user", me), auth(token));
        long id = RunningParley.parse(created).path("id").asLong();
        HttpResponse<String> list = parley.json("GET", "/api/chat/", null, auth(token));
        HttpResponse<String> read = parley.json("GET", "/api/chat/" + id, null, auth(token));
        HttpResponse<String> put = parley.json("PUT", "/api/chat/" + id + "/", Map.of("title", "Trips", "user", me),
                auth(token));
        HttpResponse<String> patch = parley.json("PATCH", "/api/chat/" + id, Map.of("title", "Trips 2"), auth(token));
        HttpResponse<String> deleted = parley.json("DELETE", "/api/chat/" + id + "/", null, auth(token));
        HttpResponse<String> gone = parley.json("GET", "/api/chat/" + id + "/", null, auth(token));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(RunningParley.parse(created).path("user").asLong()).isEqualTo(me);
        assertThat(fieldNames(RunningParley.parse(created))).containsExactly("id", "title", "user", "created_at",
                "updated_at");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(list)).extracting(chat -> chat.path("id").asLong()).containsExactly(id);
        assertThat(RunningParley.parse(read).path("title").asText()).isEqualTo("Plans");
        assertThat(RunningParley.parse(put).path("title").asText()).isEqualTo("Trips");
        assertThat(RunningParley.parse(patch).path("title").asText()).isEqualTo("Trips 2");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).isEqualTo("{\"detail\":\"Not found.\"}");
    }

    @Test
    void aChatForAnotherUserIsAnInvalidPkThatRevealsNothing() {
        String token = register("alice");
        long bob = me(register("bob"));

        HttpResponse<String> response = parley.json("POST", "/api/chat/", Map.of("title", "x", "user", bob), auth(token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"user\":[\"Invalid pk \\\"" + bob + "\\\" - object does not exist.\"]}");
    }

    @Test
    void messagesAreRecordsThatNeverCallTheModel() {
        String token = register("alice");
        long me = me(token);
        long chat = chat(token, "Notes");

        HttpResponse<String> posted = parley.json("POST", "/api/message/", Map.of("content", "remember milk", "chat", chat,
                "user", me), auth(token));
        long id = RunningParley.parse(posted).path("id").asLong();
        HttpResponse<String> list = parley.json("GET", "/api/message", null, auth(token));
        HttpResponse<String> read = parley.json("GET", "/api/message/" + id + "/", null, auth(token));
        HttpResponse<String> put = parley.json("PUT", "/api/message/" + id, Map.of("content", "remember eggs", "chat", chat,
                "user", me), auth(token));
        HttpResponse<String> patch = parley.json("PATCH", "/api/message/" + id + "/", Map.of("content", "and bread"),
                auth(token));
        HttpResponse<String> deleted = parley.json("DELETE", "/api/message/" + id, null, auth(token));

        assertThat(posted.statusCode()).isEqualTo(201);
        assertThat(fieldNames(RunningParley.parse(posted))).containsExactly("id", "content", "chat", "user", "file",
                "role", "created_at");
        assertThat(RunningParley.parse(posted).path("role").asText()).isEqualTo("user");
        assertThat(RunningParley.parse(list)).hasSize(1);
        assertThat(RunningParley.parse(read).path("content").asText()).isEqualTo("remember milk");
        assertThat(RunningParley.parse(put).path("content").asText()).isEqualTo("remember eggs");
        assertThat(RunningParley.parse(patch).path("content").asText()).isEqualTo("and bread");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(parley.provider().chatRequests()).isEmpty();
    }

    @Test
    void aMessageCannotMoveToAnotherChatNorNameAnotherUsersChat() {
        String token = register("alice");
        long chat = chat(token, "One");
        long other = chat(token, "Two");
        long bobsChat = chat(register("bob"), "Bob's");
        long id = RunningParley.parse(parley.json("POST", "/api/message/", Map.of("content", "hi", "chat", chat),
                auth(token))).path("id").asLong();

        HttpResponse<String> moved = parley.json("PATCH", "/api/message/" + id, Map.of("chat", other), auth(token));
        HttpResponse<String> foreign = parley.json("POST", "/api/message/", Map.of("content", "hi", "chat", bobsChat),
                auth(token));

        assertThat(moved.statusCode()).isEqualTo(400);
        assertThat(moved.body()).isEqualTo("{\"chat\":[\"A message cannot be moved to another chat.\"]}");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).isEqualTo("{\"chat\":[\"Invalid pk \\\"" + bobsChat
                + "\\\" - object does not exist.\"]}");
    }

    @Test
    void filesAreUploadedListedRenamedDownloadedAndDeleted() {
        String token = register("alice");

        HttpResponse<String> uploaded = upload(token, "notes.txt", "shopping list: milk");
        JsonNode file = RunningParley.parse(uploaded);
        long id = file.path("id").asLong();
        HttpResponse<String> list = parley.json("GET", "/api/file", null, auth(token));
        HttpResponse<String> put = parley.json("PUT", "/api/file/" + id + "/", Map.of("name", "list.txt", "content_type",
                file.path("content_type").asText(), "url", file.path("url").asText()), auth(token));
        HttpResponse<String> retype = parley.json("PATCH", "/api/file/" + id, Map.of("content_type", "image/png"),
                auth(token));
        HttpResponse<String> download = parley.send(parley.request(file.path("url").asText()
                .substring(parley.base().toString().length())).header("Authorization", "Bearer " + token));
        HttpResponse<String> deleted = parley.json("DELETE", "/api/file/" + id, null, auth(token));

        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(fieldNames(file)).containsExactly("id", "name", "content_type", "url", "size", "user", "created_at");
        assertThat(file.path("url").asText()).startsWith("http").endsWith("/api/file/" + id + "/download/");
        assertThat(RunningParley.parse(list)).hasSize(1);
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(put).path("name").asText()).isEqualTo("list.txt");
        assertThat(retype.statusCode()).isEqualTo(400);
        assertThat(retype.body()).isEqualTo(
                "{\"content_type\":[\"The type of a file is decided by its bytes and cannot be changed.\"]}");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("shopping list: milk");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(deleted.statusCode()).isEqualTo(204);
    }

    @Test
    void anUploadWithoutFileIsAFieldError() {
        String token = register("alice");

        HttpResponse<String> response = parley.json("POST", "/api/file/", Map.of("name", "x"), auth(token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"file\":[\"No file was submitted.\"]}");
    }

    @Test
    void anotherUsersChatMessageAndFileAre404OnEveryRoute() {
        String bob = register("bob");
        long chat = chat(bob, "Bob's");
        long message = RunningParley.parse(parley.json("POST", "/api/message/", Map.of("content", "secret", "chat", chat),
                auth(bob))).path("id").asLong();
        long file = RunningParley.parse(upload(bob, "bob.txt", "bob's file")).path("id").asLong();
        String alice = register("alice");

        for (String path : List.of("/api/chat/" + chat + "/", "/api/message/" + message + "/", "/api/file/" + file + "/")) {
            for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
                Object body = method.startsWith("P") ? Map.of("title", "x", "content", "x", "name", "x") : null;
                HttpResponse<String> response = parley.json(method, path, body, auth(alice));
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(404);
                assertThat(response.body()).as(method + " " + path).isEqualTo("{\"detail\":\"Not found.\"}");
            }
        }
        assertThat(parley.json("GET", "/api/file/" + file + "/download/", null, auth(alice)).statusCode()).isEqualTo(404);
        assertThat(RunningParley.parse(parley.json("GET", "/api/chat/", null, auth(alice)))).isEmpty();
        assertThat(RunningParley.parse(parley.json("GET", "/api/message/", null, auth(alice)))).isEmpty();
        assertThat(RunningParley.parse(parley.json("GET", "/api/file/", null, auth(alice)))).isEmpty();
    }

    @Test
    void llmAnswersAPromptWithTheReplyTheModelAndTheUsage() {
        String token = register("alice");

        HttpResponse<String> response = parley.json("POST", "/api/llm/", Map.of("prompt", "Say hi"), auth(token));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = RunningParley.parse(response);
        assertThat(answer.path("response").asText()).contains("Say hi");
        assertThat(answer.path("model").asText()).isNotBlank();
        assertThat(answer.path("usage").path("total_tokens").asInt()).isPositive();
        assertThat(parley.provider().chatRequests()).hasSize(1);
    }

    @Test
    void llmReadsAnOwnFileNamedByItsUrl() {
        String token = register("alice");
        String url = RunningParley.parse(upload(token, "doc.txt", "the password is swordfish")).path("url").asText();

        HttpResponse<String> response = parley.json("POST", "/api/llm", Map.of("prompt", "What is the password?",
                "file_url", url), auth(token));

        assertThat(response.statusCode()).isEqualTo(200);
        String sent = parley.provider().lastChatRequest().path("messages").toString();
        assertThat(sent).contains("the password is swordfish").contains("What is the password?");
    }

    @Test
    void llmRefusesAnotherUsersFileWith404() {
        String url = RunningParley.parse(upload(register("bob"), "doc.txt", "bob's notes")).path("url").asText();
        String token = register("alice");

        HttpResponse<String> response = parley.json("POST", "/api/llm/", Map.of("prompt", "Read", "file_url", url),
                auth(token));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
        assertThat(parley.provider().chatRequests()).isEmpty();
    }

    @Test
    void llmRefusesALoopbackUrlOnFileUrl() {
        String token = register("alice");
        // The provider fake listens on loopback: a reader that fetched private addresses would reach it.
        String loopback = parley.provider().baseUrl();

        HttpResponse<String> response = parley.json("POST", "/api/llm/", Map.of("prompt", "Read", "file_url", loopback),
                auth(token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(response).path("file_url").get(0).asText()).isNotBlank();
        assertThat(parley.provider().chatRequests()).isEmpty();
    }

    @Test
    void llmRefusesAUrlThatIsNotHttpAndAMissingPrompt() {
        String token = register("alice");

        HttpResponse<String> badUrl = parley.json("POST", "/api/llm/", Map.of("prompt", "Read", "file_url",
                "file:///etc/passwd"), auth(token));
        HttpResponse<String> noPrompt = parley.json("POST", "/api/llm/", Map.of(), auth(token));

        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(badUrl.body()).isEqualTo("{\"file_url\":[\"Enter a valid URL.\"]}");
        assertThat(noPrompt.statusCode()).isEqualTo(400);
        assertThat(noPrompt.body()).isEqualTo("{\"prompt\":[\"This field is required.\"]}");
    }

    @Test
    void llmAnswers502WhenTheProviderFails(@TempDir Path dir) {
        parley.close();
        // One attempt, so that the provider's one failure is not retried away.
        parley = RunningParley.start(dir, Map.of("PARLEY_PROVIDER_ATTEMPTS", "1"));
        String token = register("alice");
        parley.provider().failNext(500);

        HttpResponse<String> response = parley.json("POST", "/api/llm/", Map.of("prompt", "Hi"), auth(token));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(RunningParley.parse(response).path("detail").asText()).isNotBlank();
    }

    @Test
    void aChatCreatedHereIsAV1SessionHoldingTheMessagesPostedHere() {
        String token = register("alice");
        long chat = chat(token, "Shared");
        parley.json("POST", "/api/message/", Map.of("content", "posted via drf", "chat", chat), auth(token));

        HttpResponse<String> session = parley.json("GET", "/v1/chat/sessions/" + chat, null, auth(token));

        assertThat(session.statusCode()).isEqualTo(200);
        JsonNode body = RunningParley.parse(session);
        assertThat(body.path("title").asText()).isEqualTo("Shared");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("posted via drf");
    }

    /** Registers {@code username} through seed 001 and logs in through SimpleJWT: an access token. */
    private String register(String username) {
        parley.json("POST", "/api/register/", Map.of("username", username, "password", PASSWORD));
        return RunningParley.parse(parley.json("POST", "/api/token/", Map.of("username", username, "password", PASSWORD)))
                .path("access").asText();
    }

    private long me(String token) {
        return RunningParley.parse(parley.json("GET", "/v1/auth/me", null, auth(token))).path("id").asLong();
    }

    private long chat(String token, String title) {
        return RunningParley.parse(parley.json("POST", "/api/chat/", Map.of("title", title), auth(token))).path("id")
                .asLong();
    }

    private HttpResponse<String> upload(String token, String filename, String text) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return parley.send(parley.request("/api/file/").header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static String[] auth(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyStream().map(Map.Entry::getKey).toList();
    }
}
