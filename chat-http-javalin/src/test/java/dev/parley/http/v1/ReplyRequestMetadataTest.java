package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session's replies say what was asked of the provider: nothing trimmed, estimated or failed is silent. */
class ReplyRequestMetadataTest {

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

    private String ask(String sessionId, String text) {
        String body = "{\"messages\": [{\"role\": \"user\", \"content\": \"" + text + "\"}], \"max_tokens\": 10"
                + (sessionId == null ? "" : ", \"session_id\": " + sessionId) + "}";
        return api.post("/v1/chat/stream", body, token).header("X-Session-Id");
    }

    @Test
    void aReplyShowsItsTrimmedTurnsWindowOptionsAndEstimatedUsage() {
        api.core().model().replyWithoutUsage("one two three four five");
        String session = ask(null, "one two three four five");
        // Turns of 9 tokens each (one per word, 4 per message): 9 + 9 + 9 does not fit in 30 less 10.
        api.core().catalog().profile(TestCore.DEFAULT_MODEL, new ModelProfile(30, null, null, List.of(), List.of(),
                ModelProfile.UNKNOWN.capabilities()));
        api.core().model().replyWithoutUsage("ok");
        ask(session, "one two three four five");

        ApiResponse response = api.get("/v1/chat/sessions/" + session, token);
        JsonNode messages = response.json().path("messages");
        JsonNode request = messages.get(3).path("request");

        assertThat(messages.get(0).has("request")).isFalse();
        assertThat(request.path("provider").asText()).isEqualTo("scripted");
        assertThat(request.path("upstream_model").asText()).isEqualTo("upstream-test-model");
        assertThat(request.path("requested_model").isNull()).isTrue();
        assertThat(request.path("context_window").asInt()).isEqualTo(30);
        assertThat(request.path("max_tokens").asInt()).isEqualTo(10);
        assertThat(request.path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(request.path("trimmed_sequences").toString()).isEqualTo("[1,2]");
        assertThat(request.path("sent_messages").asInt()).isEqualTo(1);
        assertThat(request.path("usage_estimated").asBoolean()).isTrue();
        assertThat(messages.get(1).path("request").path("trimmed_sequences").toString()).isEqualTo("[]");
    }
}
