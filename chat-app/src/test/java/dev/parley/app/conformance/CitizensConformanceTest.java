package dev.parley.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.e2e.FakeOpenAiProvider;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000 ("citizens"), against the real server: every documented endpoint, its error cases, with and
 * without trailing slashes, and each of the original's defects that Parley must not copy, shown fixed.
 */
class CitizensConformanceTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;
    private RunningParley parley;

    @BeforeEach
    void start() {
        parley = RunningParley.start(dataDir);
    }

    @AfterEach
    void stop() {
        parley.close();
    }

    @Test
    void welcomeListsTheEndpointsWithoutAuthentication() {
        HttpResponse<String> response = parley.json("GET", "/chat/", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode endpoints = RunningParley.parse(response).path("endpoints");
        assertThat(endpoints.path("login").asText()).isEqualTo("/chat/login/");
        assertThat(endpoints.path("conversations").asText()).isEqualTo("/chat/conversations/");
    }

    @Test
    void loginAnswersATokenWithTheUsersIdAndName() {
        register("alice");

        HttpResponse<String> response = parley.json("POST", "/chat/login/",
                Map.of("username", "alice", "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = RunningParley.parse(response);
        assertThat(body.path("token").asText()).isNotBlank();
        assertThat(body.path("user_id").asLong()).isPositive();
        assertThat(body.path("username").asText()).isEqualTo("alice");
    }

    @Test
    void loginWithoutItsFieldsAnswers400() {
        HttpResponse<String> response = parley.json("POST", "/chat/login/", Map.of("username", "alice"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(response).path("error").asText()).isEqualTo("password: This field is required.");
    }

    @Test
    void loginDoesNotLeakWhetherAUsernameExists() {
        register("alice");

        HttpResponse<String> wrongPassword = parley.json("POST", "/chat/login/",
                Map.of("username", "alice", "password", "guess guess guess"));
        HttpResponse<String> unknownUser = parley.json("POST", "/chat/login/",
                Map.of("username", "nobody-at-all", "password", "guess guess guess"));

        assertThat(wrongPassword.statusCode()).isEqualTo(400);
        assertThat(wrongPassword.body()).isEqualTo("{\"detail\":\"Invalid credentials\"}");
        assertThat(unknownUser.statusCode()).isEqualTo(400);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void thereIsNoDemoAccount() {
        HttpResponse<String> response = parley.json("POST", "/chat/login/",
                Map.of("username", "demo_user", "password", "demo_password"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(response).path("detail").asText()).isEqualTo("Invalid credentials");
    }

    @Test
    void malformedJsonAnswers400NotAServerError() {
        HttpResponse<String> response = parley.json("POST", "/chat/login/", "{\"username\": \"alice\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(response).path("error").asText()).startsWith("JSON parse error - ");
    }

    @Test
    void protectedRoutesWithoutATokenAnswer401WithTheTokenChallenge() {
        HttpResponse<String> response = parley.json("GET", "/chat/conversations/", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Token");
    }

    @Test
    void protectedRoutesWithABadTokenAnswer401InvalidToken() {
        HttpResponse<String> response = parley.json("GET", "/chat/conversations/", null,
                "Authorization", "Token 0123456789abcdef");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid token.\"}");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Token");
    }

    @Test
    void listConversationsIsABareArrayOfOnesOwnNewestUpdatedFirst() {
        String alice = tokenFor("alice");
        long older = create(alice, "Older");
        create(alice, "Newer");
        create(tokenFor("bob"), "Bob's");
        call(alice, "PATCH", "/chat/conversations/" + older + "/", Map.of("title", "Older, touched"));

        HttpResponse<String> response = call(alice, "GET", "/chat/conversations/", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = RunningParley.parse(response);
        assertThat(list.isArray()).isTrue();
        assertThat(list.findValuesAsText("title")).containsExactly("Older, touched", "Newer");
        assertThat(list.get(0).path("messages").isArray()).isTrue();
    }

    @Test
    void createConversationAnswers201() {
        HttpResponse<String> response = call(tokenFor("alice"), "POST", "/chat/conversations/",
                Map.of("title", "New Chat Conversation"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode conversation = RunningParley.parse(response);
        assertThat(conversation.path("id").asLong()).isPositive();
        assertThat(conversation.path("title").asText()).isEqualTo("New Chat Conversation");
        assertThat(conversation.path("created_at").asText()).endsWith("Z");
        assertThat(conversation.path("updated_at").asText()).endsWith("Z");
        assertThat(conversation.path("messages")).isEmpty();
    }

    @Test
    void getConversationAnswersItWithMessagesInBothKeySets() {
        String alice = tokenFor("alice");
        long id = create(alice, "Chat");
        call(alice, "POST", "/chat/conversations/" + id + "/send_message/", Map.of("message", "Hello, AI assistant!"));

        HttpResponse<String> response = call(alice, "GET", "/chat/conversations/" + id + "/", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode messages = RunningParley.parse(response).path("messages");
        assertThat(messages).hasSize(2);
        JsonNode user = messages.get(0);
        assertThat(user.path("id").asLong()).isPositive();
        assertThat(user.path("content").asText()).isEqualTo("Hello, AI assistant!");
        assertThat(user.path("is_user").asBoolean()).isTrue();
        assertThat(user.path("role").asText()).isEqualTo("user");
        assertThat(user.path("created_at").asText()).isEqualTo(user.path("timestamp").asText());
        assertThat(messages.get(1).path("is_user").asBoolean()).isFalse();
        assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
    }

    @Test
    void updateConversationWithPutAnswers200() {
        String alice = tokenFor("alice");
        long id = create(alice, "Old");

        HttpResponse<String> response = call(alice, "PUT", "/chat/conversations/" + id + "/",
                Map.of("title", "Updated Conversation Title"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(response).path("title").asText()).isEqualTo("Updated Conversation Title");
    }

    @Test
    void updateConversationWithPatchAnswers200() {
        String alice = tokenFor("alice");
        long id = create(alice, "Old");

        HttpResponse<String> response = call(alice, "PATCH", "/chat/conversations/" + id + "/", Map.of("title", "Patched"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(response).path("title").asText()).isEqualTo("Patched");
    }

    @Test
    void updateConversationWithoutATitleAnswers400() {
        String alice = tokenFor("alice");
        long id = create(alice, "Old");

        HttpResponse<String> response = call(alice, "PUT", "/chat/conversations/" + id + "/", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(response).path("error").asText()).isEqualTo("title: This field is required.");
    }

    @Test
    void deleteConversationAnswers204AndItIsGone() {
        String alice = tokenFor("alice");
        long id = create(alice, "Doomed");

        HttpResponse<String> response = call(alice, "DELETE", "/chat/conversations/" + id + "/", null);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(call(alice, "GET", "/chat/conversations/" + id + "/", null).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherUsersConversationAnswers404OnEveryRoute() {
        long id = create(tokenFor("alice"), "Alice's");
        String bob = tokenFor("bob");
        String path = "/chat/conversations/" + id + "/";

        assertThat(call(bob, "GET", path, null).statusCode()).isEqualTo(404);
        assertThat(call(bob, "PUT", path, Map.of("title", "Mine")).statusCode()).isEqualTo(404);
        assertThat(call(bob, "PATCH", path, Map.of("title", "Mine")).statusCode()).isEqualTo(404);
        HttpResponse<String> deleted = call(bob, "DELETE", path, null);
        assertThat(deleted.statusCode()).isEqualTo(404);
        assertThat(deleted.body()).isEqualTo("{\"error\":\"Conversation not found\"}");
    }

    @Test
    void aNonNumericConversationIdAnswers404() {
        HttpResponse<String> response = call(tokenFor("alice"), "GET", "/chat/conversations/abc/", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(RunningParley.parse(response).path("error").asText()).isEqualTo("Conversation not found");
    }

    @Test
    void sendMessageAnswersTheReplyAndBothStoredMessages() {
        String alice = tokenFor("alice");
        long id = create(alice, "Chat");

        HttpResponse<String> response = call(alice, "POST", "/chat/conversations/" + id + "/send_message/",
                Map.of("message", "Hello, AI assistant!"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = RunningParley.parse(response);
        assertThat(body.path("message").asText()).isEqualTo("Reply 1 from gpt-4o-mini: Hello, AI assistant!");
        assertThat(body.path("user_message").path("content").asText()).isEqualTo("Hello, AI assistant!");
        assertThat(body.path("user_message").path("is_user").asBoolean()).isTrue();
        assertThat(body.path("ai_message").path("content").asText()).isEqualTo(body.path("message").asText());
        assertThat(body.path("ai_message").path("role").asText()).isEqualTo("assistant");
    }

    @Test
    void sendMessageWithoutAMessageAnswers400() {
        String alice = tokenFor("alice");
        long id = create(alice, "Chat");

        HttpResponse<String> response = call(alice, "POST", "/chat/conversations/" + id + "/send_message/", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(response).path("error").asText()).isEqualTo("message: This field is required.");
        assertThat(parley.provider().chatRequests()).isEmpty();
    }

    @Test
    void sendMessageIntoAnotherUsersConversationAnswers404AndPostsNothing() {
        String alice = tokenFor("alice");
        long id = create(alice, "Alice's");

        HttpResponse<String> response = call(tokenFor("mallory"), "POST",
                "/chat/conversations/" + id + "/send_message/", Map.of("message", "Injected"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(RunningParley.parse(response).path("error").asText()).isEqualTo("Conversation not found");
        assertThat(parley.provider().chatRequests()).isEmpty();
        assertThat(RunningParley.parse(call(alice, "GET", "/chat/conversations/" + id + "/", null)).path("messages"))
                .isEmpty();
    }

    @Test
    void anLlmFailureAnswers502AndStoresNoApologyAsTheReply() {
        String alice = tokenFor("alice");
        long id = create(alice, "Chat");
        parley.provider().failNext(400);

        HttpResponse<String> response = call(alice, "POST", "/chat/conversations/" + id + "/send_message/",
                Map.of("message", "Hi"));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(RunningParley.parse(response).path("error").asText()).isNotBlank();
        JsonNode stored = RunningParley.parse(call(alice, "GET", "/v1/chat/sessions/" + id, null)).path("messages");
        assertThat(stored.findValuesAsText("content")).containsExactly("Hi", "");
        assertThat(stored.get(1).path("status").asText()).isEqualTo("failed");
    }

    @Test
    void everyRouteAnswersWithAndWithoutItsTrailingSlash() {
        String alice = tokenFor("alice");
        HttpResponse<String> created = call(alice, "POST", "/chat/conversations", Map.of("title", "No slash"));
        long id = RunningParley.parse(created).path("id").asLong();

        assertThat(parley.json("GET", "/chat", null).statusCode()).isEqualTo(200);
        assertThat(parley.json("POST", "/chat/login", Map.of("username", "alice", "password", PASSWORD)).statusCode())
                .isEqualTo(200);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(call(alice, "GET", "/chat/conversations", null).statusCode()).isEqualTo(200);
        assertThat(call(alice, "GET", "/chat/conversations/" + id, null).statusCode()).isEqualTo(200);
        assertThat(call(alice, "PUT", "/chat/conversations/" + id, Map.of("title", "x")).statusCode()).isEqualTo(200);
        assertThat(call(alice, "PATCH", "/chat/conversations/" + id, Map.of("title", "y")).statusCode()).isEqualTo(200);
        assertThat(call(alice, "POST", "/chat/conversations/" + id + "/send_message", Map.of("message", "Hi"))
                .statusCode()).isEqualTo(200);
        assertThat(call(alice, "DELETE", "/chat/conversations/" + id, null).statusCode()).isEqualTo(204);
    }

    @Test
    void aConversationCreatedHereIsTheSameConversationInV1History() {
        String alice = tokenFor("alice");
        long id = create(alice, "Across dialects");
        call(alice, "POST", "/chat/conversations/" + id + "/send_message/", Map.of("message", "Hi"));

        HttpResponse<String> history = call(alice, "GET", "/v1/chat/history", null);

        JsonNode session = RunningParley.parse(history).path("sessions").get(0);
        assertThat(session.path("id").asLong()).isEqualTo(id);
        assertThat(session.path("title").asText()).isEqualTo("Across dialects");
        assertThat(session.path("messages").findValuesAsText("content")).containsExactly("Hi",
                "Reply 1 from gpt-4o-mini: Hi");
    }

    @Test
    void withHuggingFaceConfiguredSendMessageAsksQwenFor150TokensAtTemperature07(@TempDir Path hfDir) {
        try (FakeOpenAiProvider router = new FakeOpenAiProvider();
                RunningParley hf = RunningParley.start(hfDir, Map.of("HF_TOKEN", "hf_conformance",
                        "HF_BASE_URL", router.baseUrl()))) {
            register(hf, "citizen");
            String key = RunningParley.parse(hf.json("POST", "/chat/login/",
                    Map.of("username", "citizen", "password", PASSWORD))).path("token").asText();
            long id = RunningParley.parse(hf.json("POST", "/chat/conversations/", Map.of("title", "Qwen"),
                    "Authorization", "Token " + key)).path("id").asLong();

            HttpResponse<String> response = hf.json("POST", "/chat/conversations/" + id + "/send_message/",
                    Map.of("message", "Hi"), "Authorization", "Token " + key);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(RunningParley.parse(response).path("message").asText())
                    .isEqualTo("Reply 1 from Qwen/Qwen2.5-72B-Instruct: Hi");
            JsonNode sent = router.lastChatRequest();
            assertThat(sent.path("model").asText()).isEqualTo("Qwen/Qwen2.5-72B-Instruct");
            assertThat(sent.path("max_tokens").asInt()).isEqualTo(150);
            assertThat(sent.path("temperature").asDouble()).isEqualTo(0.7);
            assertThat(hf.provider().chatRequests()).isEmpty();
        }
    }

    private void register(String username) {
        register(parley, username);
    }

    private static void register(RunningParley server, String username) {
        HttpResponse<String> response = server.json("POST", "/v1/auth/register",
                Map.of("username", username, "password", PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** Registers {@code username} through /v1 (seed 000 has no sign-up) and logs in through /chat/login/. */
    private String tokenFor(String username) {
        register(username);
        return RunningParley.parse(parley.json("POST", "/chat/login/", Map.of("username", username, "password", PASSWORD)))
                .path("token").asText();
    }

    private long create(String key, String title) {
        return RunningParley.parse(call(key, "POST", "/chat/conversations/", Map.of("title", title))).path("id").asLong();
    }

    /** A call with the Token key {@code key}; /v1 routes take it too, so it reads the other dialect's view. */
    private HttpResponse<String> call(String key, String method, String path, Object body) {
        return parley.json(method, path, body, "Authorization", "Token " + key);
    }
}
