package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v1/chat/stream} with a library prompt: its rendering is the user's turn, and the use is counted. */
class ChatWithPromptTest {

    private RunningApi api;
    private String token;
    private String prompt;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
        prompt = api.post("/v1/prompts", "{\"title\": \"Sum\", \"content\": \"Summarize: {text}\"}", token)
                .json().path("id").asText();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private int usageCount() {
        return api.get("/v1/prompts/" + prompt, token).json().path("usage_count").asInt();
    }

    @Test
    void aPromptWithoutMessagesIsRenderedAsTheUsersTurnAndCountedAsAUse() {
        api.core().model().replyWith("Short.");

        ApiResponse response = api.post("/v1/chat/stream",
                "{\"prompt_id\": " + prompt + ", \"variables\": {\"text\": \"a long story\"}, \"stream\": false}", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("choices").get(0).path("message").path("content").asText()).isEqualTo("Short.");
        assertThat(api.core().model().lastRequest().messages())
                .containsExactly(new PromptMessage(Role.USER, "Summarize: a long story"));
        assertThat(usageCount()).isEqualTo(1);
        String session = response.json().path("session_id").asText();
        assertThat(api.get("/v1/chat/sessions/" + session, token).json().path("messages").get(0).path("content").asText())
                .isEqualTo("Summarize: a long story");
    }

    @Test
    void aPromptFollowsTheMessagesGivenAndStreams() {
        ApiResponse response = api.post("/v1/chat/stream", "{\"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}],"
                + " \"prompt_id\": " + prompt + ", \"variables\": {\"text\": \"abc\"}}", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/event-stream");
        assertThat(api.core().model().lastRequest().messages()).containsExactly(
                new PromptMessage(Role.SYSTEM, "Be brief."), new PromptMessage(Role.USER, "Summarize: abc"));
        assertThat(usageCount()).isEqualTo(1);
    }

    @Test
    void missingVariablesAnswer422AndNothingIsAskedOrCounted() {
        ApiResponse response = api.post("/v1/chat/stream", "{\"prompt_id\": " + prompt + "}", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"variables\"]");
        assertThat(response.json().path("detail").get(0).path("msg").asText()).isEqualTo("missing variables: text");
        assertThat(api.core().model().requests()).isEmpty();
        assertThat(usageCount()).isZero();
    }

    @Test
    void withoutAPromptTheMessagesAreStillRequired() {
        ApiResponse response = api.post("/v1/chat/stream", "{\"variables\": {\"text\": \"abc\"}}", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"messages\"]");
    }

    @Test
    void anotherUsersPromptOrANonsenseIdIsNotFound() {
        String bob = api.core().tokenFor("bob");

        ApiResponse alices = api.post("/v1/chat/stream",
                "{\"prompt_id\": " + prompt + ", \"variables\": {\"text\": \"x\"}}", bob);
        ApiResponse zero = api.post("/v1/chat/stream", "{\"prompt_id\": 0}", bob);
        ApiResponse mistyped = api.post("/v1/chat/stream", "{\"prompt_id\": \"one\", \"variables\": [\"x\"]}", bob);

        assertThat(alices.status()).isEqualTo(404);
        assertThat(alices.body()).isEqualTo("{\"detail\":\"Prompt not found\"}");
        assertThat(zero.body()).isEqualTo(alices.body());
        assertThat(mistyped.status()).isEqualTo(422);
        assertThat(mistyped.json().path("detail").findValuesAsText("type")).containsExactly("int_type", "dict_type", "missing");
        assertThat(api.core().model().requests()).isEmpty();
        assertThat(usageCount()).isZero();
    }
}
