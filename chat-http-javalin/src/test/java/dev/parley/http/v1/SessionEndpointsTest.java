package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionEndpointsTest {

    private RunningApi api;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void openingASessionAnswers201WithAnEmptySessionOnTheDefaultModel() {
        ApiResponse response = api.post("/v1/chat/sessions", "{}", token);

        assertThat(response.status()).isEqualTo(201);
        JsonNode session = response.json();
        assertThat(session.path("id").asLong()).isPositive();
        assertThat(session.path("title").asText()).isEqualTo("New chat");
        assertThat(session.path("model").asText()).isEqualTo("test-model");
        assertThat(session.path("messages").isArray()).isTrue();
        assertThat(session.path("messages")).isEmpty();
        assertThat(session.path("application_id").isNull()).isTrue();
    }

    @Test
    void openingASessionOnAnUnknownModelAnswers400() {
        ApiResponse response = api.post("/v1/chat/sessions", "{\"model\": \"nope\"}", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("Unknown model: nope");
    }

    @Test
    void readingASessionShowsEachMessageWithParleysExtraKeys() {
        api.core().model().replyWith(List.of("Hello"), new TokenUsage(3, 1));
        String id = api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), token).header("X-Session-Id");

        ApiResponse response = api.get("/v1/chat/sessions/" + id, token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode messages = response.json().path("messages");
        assertThat(messages.get(0).properties()).extracting(e -> e.getKey()).containsExactly(
                "role", "content", "id", "sequence", "model", "status", "usage", "created_at", "images");
        assertThat(messages.get(1).properties()).extracting(e -> e.getKey()).containsExactly(
                "role", "content", "id", "sequence", "model", "status", "usage", "created_at", "request");
        assertThat(messages.get(0).path("role").asText()).isEqualTo("user");
        assertThat(messages.get(0).path("usage").isNull()).isTrue();
        assertThat(messages.get(0).path("model").isNull()).isTrue();
        JsonNode reply = messages.get(1);
        assertThat(reply.path("role").asText()).isEqualTo("assistant");
        assertThat(reply.path("sequence").asInt()).isEqualTo(2);
        assertThat(reply.path("model").asText()).isEqualTo("test-model");
        assertThat(reply.path("status").asText()).isEqualTo("complete");
        assertThat(reply.path("usage").toString()).isEqualTo("{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}");
        assertThat(reply.path("created_at").asText()).isEqualTo("2025-01-01T09:00:00Z");
    }

    @Test
    void retitlingAnswersTheSessionWithItsNewTitle() {
        String id = api.post("/v1/chat/sessions", "{\"title\": \"Old\"}", token).json().path("id").asText();

        ApiResponse response = api.patch("/v1/chat/sessions/" + id, "{\"title\": \"  New  \"}", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("title").asText()).isEqualTo("New");
        assertThat(response.json().path("messages").isArray()).isTrue();
    }

    @Test
    void aBlankTitleAnswers422OnTitle() {
        String id = api.post("/v1/chat/sessions", "{}", token).json().path("id").asText();

        ApiResponse response = api.patch("/v1/chat/sessions/" + id, "{\"title\": \"   \"}", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"title\"]");
    }

    @Test
    void deletingAnswersAConfirmationAndTheSessionIsGone() {
        String id = api.post("/v1/chat/sessions", "{}", token).json().path("id").asText();

        ApiResponse response = api.delete("/v1/chat/sessions/" + id, token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"message\":\"Session deleted successfully\"}");
        assertThat(api.get("/v1/chat/sessions/" + id, token).status()).isEqualTo(404);
        assertThat(api.delete("/v1/chat/sessions/" + id, token).detail()).isEqualTo("Chat session not found");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /v1/chat/sessions/{id}  |
            PATCH  | /v1/chat/sessions/{id}  | {"title": "Taken over"}
            DELETE | /v1/chat/sessions/{id}  |
            POST   | /v1/chat/switch-model   | {"session_id": {id}, "model": "other-model"}
            POST   | /v1/chat/stream         | {"session_id": {id}, "messages": [{"role": "user", "content": "Hi"}]}
            """)
    void anotherUsersSessionIsNotFoundOnEveryRoute(String method, String path, String body) {
        String id = api.post("/v1/chat/sessions", "{\"title\": \"Private\"}", token).json().path("id").asText();
        String mallory = api.core().tokenFor("mallory");

        ApiResponse response = api.send(method, path.replace("{id}", id), body == null ? null : "application/json",
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body.replace("{id}", id)), mallory);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Chat session not found");
        JsonNode untouched = api.get("/v1/chat/sessions/" + id, token).json();
        assertThat(untouched.path("title").asText()).isEqualTo("Private");
        assertThat(untouched.path("model").asText()).isEqualTo("test-model");
        assertThat(untouched.path("messages")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"abc, int_parsing", "0, greater_than", "-4, greater_than", "1.5, int_parsing"})
    void aPathIdThatIsNotAPositiveIntegerAnswers422InThePath(String id, String type) {
        ApiResponse response = api.get("/v1/chat/sessions/" + id, token);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"path\",\"session_id\"]");
        assertThat(error.path("type").asText()).isEqualTo(type);
    }

    @Test
    void sessionRoutesWithoutATokenAnswer401() {
        assertThat(api.get("/v1/chat/sessions/1", null).status()).isEqualTo(401);
        assertThat(api.post("/v1/chat/sessions", "{}", null).status()).isEqualTo(401);
        assertThat(api.delete("/v1/chat/sessions/1", null).status()).isEqualTo(401);
    }
}
