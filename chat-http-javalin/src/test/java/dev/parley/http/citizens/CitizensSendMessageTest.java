package dev.parley.http.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's send_message: the reply on the conversation's model, only in one's own conversation; a provider
 * failure is an error, not a stored apology; a reply in flight ends when its caller's key is revoked.
 */
class CitizensSendMessageTest {

    private RunningApi api;
    private String alice;

    private void start(RunningApi running) {
        api = running;
        api.core().register("alice");
        alice = CitizensKeys.logIn(api, "alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void sendingAMessageAnswersTheReplyWithBothStoredMessages() {
        start(RunningApi.start());
        api.core().model().replyWith("Hello", " Alice");
        long id = create();

        ApiResponse response = sendMessage(id, "{\"message\": \"Hi\"}", alice);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.properties()).extracting(e -> e.getKey()).containsExactly("message", "user_message", "ai_message");
        assertThat(body.path("message").asText()).isEqualTo("Hello Alice");
        assertThat(body.path("user_message").path("content").asText()).isEqualTo("Hi");
        assertThat(body.path("user_message").path("is_user").asBoolean()).isTrue();
        assertThat(body.path("ai_message").path("content").asText()).isEqualTo("Hello Alice");
        assertThat(body.path("ai_message").path("role").asText()).isEqualTo("assistant");
        assertThat(api.core().model().lastRequest().upstreamModel()).isEqualTo("upstream-test-model");
    }

    @Test
    void aConversationStartsOnTheDialectsOwnModelWhenTheServerHasOne() {
        start(RunningApi.start(RunningApi.settings().withCitizensModel(TestCore.OTHER_MODEL)));
        api.core().model().replyWith("Hi");

        sendMessage(create(), "{\"message\": \"Hi\"}", alice);

        assertThat(api.core().model().lastRequest().upstreamModel()).isEqualTo("upstream-other-model");
    }

    @Test
    void sendingIntoAnotherUsersConversationAnswers404AndStoresNothing() {
        start(RunningApi.start());
        long id = create();
        api.core().register("mallory");

        ApiResponse response = sendMessage(id, "{\"message\": \"Hi\"}", CitizensKeys.logIn(api, "mallory"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText()).isEqualTo("Conversation not found");
        assertThat(api.core().model().requests()).isEmpty();
        assertThat(conversation(id).path("messages")).isEmpty();
    }

    @Test
    void aBadBodyForAnotherUsersConversationStillAnswers404() {
        start(RunningApi.start());
        long id = create();
        api.core().register("mallory");

        ApiResponse response = sendMessage(id, "{}", CitizensKeys.logIn(api, "mallory"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText()).isEqualTo("Conversation not found");
    }

    @Test
    void aMissingOrBlankMessageAnswers400() {
        start(RunningApi.start());
        long id = create();

        ApiResponse missing = sendMessage(id, "{}", alice);
        ApiResponse blank = sendMessage(id, "{\"message\": \"  \"}", alice);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("error").asText()).isEqualTo("message: This field is required.");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("error").asText()).isEqualTo("message: This field may not be blank.");
    }

    @Test
    void aProviderFailureAnswers502AndStoresNoApologyAsTheReply() {
        start(RunningApi.start());
        api.core().model().failNextWith(new ProviderException(ProviderException.Kind.UNAVAILABLE, "scripted", 503,
                "The model provider is unavailable"));
        long id = create();

        ApiResponse response = sendMessage(id, "{\"message\": \"Hi\"}", alice);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().path("error").asText()).isEqualTo("The model provider is unavailable");
        JsonNode stored = api.get("/v1/chat/sessions/" + id, api.logIn("alice", TestCore.PASSWORD)).json();
        assertThat(stored.path("messages").findValuesAsText("content")).containsExactly("Hi", "");
        assertThat(stored.path("messages").get(1).path("status").asText()).isEqualTo("failed");
    }

    @Test
    void aProviderTimeoutAnswers504() {
        start(RunningApi.start());
        api.core().model().failNextWith(new ProviderException(ProviderException.Kind.TIMEOUT, "scripted", 0,
                "The model provider timed out"));

        ApiResponse response = sendMessage(create(), "{\"message\": \"Hi\"}", alice);

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.json().path("error").asText()).isEqualTo("The model provider timed out");
    }

    @Test
    void aReplyWhoseKeyIsRevokedMeanwhileAnswers401AndIsKeptAsPartial() {
        start(RunningApi.start());
        ScriptedChatModel model = api.core().model();
        model.stallAfter("Thinking");
        long id = create();
        CompletableFuture<ApiResponse> pending = api.sendAsync(request(id, "{\"message\": \"Hi\"}", alice));
        await().atMost(Duration.ofSeconds(10)).until(() -> model.requests().size() == 1);

        api.post("/v1/auth/logout", "", api.logIn("alice", TestCore.PASSWORD));

        ApiResponse response = pending.orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid token.\"}");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get("/v1/chat/sessions/" + id,
                api.logIn("alice", TestCore.PASSWORD)).json().path("messages").get(1).path("status").asText())
                .isEqualTo("partial"));
    }

    private long create() {
        return api.send(api.authorized("/chat/conversations/", "Token " + alice).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"title\": \"Chat\"}"))).json().path("id").asLong();
    }

    private JsonNode conversation(long id) {
        return api.send(api.authorized("/chat/conversations/" + id + "/", "Token " + alice).GET()).json();
    }

    private ApiResponse sendMessage(long id, String json, String key) {
        return api.send(request(id, json, key));
    }

    private HttpRequest.Builder request(long id, String json, String key) {
        return api.authorized("/chat/conversations/" + id + "/send_message/", "Token " + key)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
    }
}
