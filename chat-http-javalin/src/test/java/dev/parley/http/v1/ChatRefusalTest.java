package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests to the chat route that are refused before any stream opens: plain JSON errors with their status. */
class ChatRefusalTest {

    private RunningApi api;
    private ScriptedChatModel model;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        model = api.core().model();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anUnknownModelIsRefusedWith400JsonBeforeAnythingIsStored() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"model": "nope", "messages": [{"role": "user", "content": "Hi"}]}""", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.detail()).isEqualTo("Unknown model: nope");
        assertThat(response.header("X-Session-Id")).isNull();
        assertThat(api.get("/v1/chat/history", token).json().path("total").asInt()).isZero();
    }

    @Test
    void aSessionOfAnotherUserIsRefusedWith404Json() {
        String sessionId = api.post("/v1/chat/stream", ChatStreamTest.chat("Mine"), token).header("X-Session-Id");
        String mallory = api.core().tokenFor("mallory");

        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Theirs now"}], "session_id": %s}""".formatted(sessionId),
                mallory);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Chat session not found");
    }

    @Test
    void aSessionIdThatCannotExistIsNotFound() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}], "session_id": 0}""", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Chat session not found");
    }

    @Test
    void anUnknownRoleIs422LocatedAtThatMessage() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "wizard", "content": "Hi"}]}""", token);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"messages\",0,\"role\"]");
        assertThat(error.path("type").asText()).isEqualTo("literal_error");
    }

    @Test
    void missingOrMistypedFieldsAre422EachWithItsLocation() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user"}], "temperature": "warm", "stream": "yes"}""", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").findValues("loc").stream().map(JsonNode::toString)).containsExactly(
                "[\"body\",\"messages\",0,\"content\"]", "[\"body\",\"temperature\"]", "[\"body\",\"stream\"]");
    }

    @Test
    void aConversationNotEndingWithAUserMessageIs422OnMessages() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}""", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"messages\"]");
    }

    @Test
    void aTemperatureOutOfRangeIs422OnTemperature() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}], "temperature": 3.5}""", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"temperature\"]");
    }

    @Test
    void withoutATokenTheStreamIs401AndTheModelIsNotCalled() {
        ApiResponse response = api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Not authenticated");
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void malformedJsonIs422JsonInvalid() {
        ApiResponse response = api.post("/v1/chat/stream", "{\"messages\": [", token);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\"]");
        assertThat(error.path("type").asText()).isEqualTo("json_invalid");
    }
}
