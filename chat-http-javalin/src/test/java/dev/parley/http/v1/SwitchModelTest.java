package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SwitchModelTest {

    private RunningApi api;
    private String token;
    private String sessionId;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
        api.core().model().replyWith("Hello!");
        sessionId = api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), token).header("X-Session-Id");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void switchingAnswersTheSessionWithItsHistoryAndNewModel() {
        ApiResponse response = api.post("/v1/chat/switch-model", """
                {"session_id": %s, "model": "other-model"}""".formatted(sessionId), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("""
                {"session_id":%s,"model":"other-model","messages":[{"role":"user","content":"Hi"},\
                {"role":"assistant","content":"Hello!"}],"title":"Hi"}""".formatted(sessionId));
    }

    @Test
    void theNextReplyComesFromTheSwitchedModelWithTheWholeHistory() {
        api.post("/v1/chat/switch-model", """
                {"session_id": %s, "model": "other-model"}""".formatted(sessionId), token);

        api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "And now?"}], "session_id": %s}""".formatted(sessionId), token);

        assertThat(api.core().model().lastRequest().upstreamModel()).isEqualTo("upstream-other-model");
        assertThat(api.core().model().lastRequest().messages()).hasSize(3);
    }

    @Test
    void anUnknownModelAnswers400() {
        ApiResponse response = api.post("/v1/chat/switch-model", """
                {"session_id": %s, "model": "x"}""".formatted(sessionId), token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("Unknown model: x");
    }

    @Test
    void aMissingSessionAnswers404() {
        ApiResponse response = api.post("/v1/chat/switch-model", """
                {"session_id": 999, "model": "other-model"}""", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Chat session not found");
    }

    @Test
    void missingFieldsAnswer422() {
        ApiResponse response = api.post("/v1/chat/switch-model", "{\"session_id\": \"one\"}", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").findValuesAsText("type")).containsExactly("int_type", "missing");
    }
}
