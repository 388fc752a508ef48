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
    void an_unknown_model_is_refused_with_400_json_before_anything_is_stored() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"model": "nope", "messages": [{"role": "user", "content": "Hi"}]}""", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.detail()).isEqualTo("Unknown model: nope");
        assertThat(response.header("X-Session-Id")).isNull();
        assertThat(api.get("/v1/chat/history", token).json().path("total").asInt()).isZero();
    }

    @Test
    void a_session_of_another_user_is_refused_with_404_json() {
        String sessionId = api.post("/v1/chat/stream", ChatStreamTest.chat("Mine"), token).header("X-Session-Id");
        String mallory = api.core().tokenFor("mallory");

        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Theirs now"}], "session_id": %s}""".formatted(sessionId),
                mallory);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Chat session not found");
    }

    @Test
    void a_session_id_that_cannot_exist_is_not_found() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}], "session_id": 0}""", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Chat session not found");
    }

    @Test
    void an_unknown_role_is_422_located_at_that_message() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "wizard", "content": "Hi"}]}""", token);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"messages\",0,\"role\"]");
        assertThat(error.path("type").asText()).isEqualTo("literal_error");
    }

    @Test
    void missing_or_mistyped_fields_are_422_each_with_its_location() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user"}], "temperature": "warm", "stream": "yes"}""", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").findValues("loc").stream().map(JsonNode::toString)).containsExactly(
                "[\"body\",\"messages\",0,\"content\"]", "[\"body\",\"temperature\"]", "[\"body\",\"stream\"]");
    }

    @Test
    void a_conversation_not_ending_with_a_user_message_is_422_on_messages() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}""", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"messages\"]");
    }

    @Test
    void a_temperature_out_of_range_is_422_on_temperature() {
        ApiResponse response = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}], "temperature": 3.5}""", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"temperature\"]");
    }

    @Test
    void without_a_token_the_stream_is_401_and_the_model_is_not_called() {
        ApiResponse response = api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Not authenticated");
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void malformed_json_is_422_json_invalid() {
        ApiResponse response = api.post("/v1/chat/stream", "{\"messages\": [", token);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\"]");
        assertThat(error.path("type").asText()).isEqualTo("json_invalid");
    }
}
