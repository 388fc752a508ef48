package dev.parley.http.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed 000's conversation viewset: only one's own conversations, in DRF's statuses, with both message key sets. */
class CitizensConversationsTest {

    private RunningApi api;
    private String alice;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.core().register("alice");
        alice = CitizensKeys.logIn(api, "alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void creatingAConversationAnswers201WithItsTitleAndNoMessages() {
        ApiResponse response = send("POST", "/chat/conversations/", "{\"title\": \"Taxes\"}", alice);

        assertThat(response.status()).isEqualTo(201);
        JsonNode conversation = response.json();
        assertThat(conversation.properties()).extracting(e -> e.getKey())
                .containsExactly("id", "title", "created_at", "updated_at", "messages");
        assertThat(conversation.path("id").asLong()).isPositive();
        assertThat(conversation.path("title").asText()).isEqualTo("Taxes");
        assertThat(conversation.path("messages")).isEmpty();
    }

    @Test
    void creatingAConversationWithoutATitleGivesItTheDefaultOne() {
        ApiResponse response = send("POST", "/chat/conversations/", "{}", alice);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("title").asText()).isEqualTo("New chat");
    }

    @Test
    void aTitleTooLongAnswers400InTheErrorShape() {
        ApiResponse response = send("POST", "/chat/conversations/", "{\"title\": \"" + "x".repeat(201) + "\"}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("title must be at most 200 characters");
    }

    @Test
    void theListIsABareArrayOfOnesOwnConversationsNewestUpdateFirst() {
        long first = create("First", alice);
        api.core().clock().advance(Duration.ofMinutes(1));
        long second = create("Second", alice);
        api.core().register("bob");
        create("Bob's", CitizensKeys.logIn(api, "bob"));
        api.core().clock().advance(Duration.ofMinutes(1));
        send("PATCH", "/chat/conversations/" + first + "/", "{\"title\": \"First, renamed\"}", alice);

        ApiResponse response = send("GET", "/chat/conversations/", null, alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json().findValuesAsText("title")).containsExactly("First, renamed", "Second");
        assertThat(response.json().get(1).path("id").asLong()).isEqualTo(second);
    }

    @Test
    void theListHoldsEveryConversationBeyondTheCoresLargestPage() {
        for (int i = 0; i < 101; i++) {
            create("Chat " + i, alice);
        }

        assertThat(send("GET", "/chat/conversations/", null, alice).json()).hasSize(101);
    }

    @Test
    void retrievingAConversationShowsEachMessageWithBothKeySets() {
        api.core().model().replyWith("Hello", " there");
        long id = create("Greetings", alice);
        send("POST", "/chat/conversations/" + id + "/send_message/", "{\"message\": \"Hi\"}", alice);

        ApiResponse response = send("GET", "/chat/conversations/" + id + "/", null, alice);

        assertThat(response.status()).isEqualTo(200);
        JsonNode messages = response.json().path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).properties()).extracting(e -> e.getKey())
                .containsExactly("id", "content", "role", "timestamp", "is_user", "created_at");
        assertThat(messages.get(0).path("role").asText()).isEqualTo("user");
        assertThat(messages.get(0).path("is_user").asBoolean()).isTrue();
        assertThat(messages.get(0).path("content").asText()).isEqualTo("Hi");
        assertThat(messages.get(0).path("timestamp")).isEqualTo(messages.get(0).path("created_at"));
        assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).path("is_user").asBoolean()).isFalse();
        assertThat(messages.get(1).path("content").asText()).isEqualTo("Hello there");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH"})
    void updatingATitleAnswers200WithTheConversation(String method) {
        long id = create("Old", alice);

        ApiResponse response = send(method, "/chat/conversations/" + id + "/", "{\"title\": \"New\"}", alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("title").asText()).isEqualTo("New");
        assertThat(send("GET", "/chat/conversations/" + id, null, alice).json().path("title").asText()).isEqualTo("New");
    }

    @Test
    void aFullUpdateWithoutATitleAnswers400() {
        long id = create("Old", alice);

        ApiResponse response = send("PUT", "/chat/conversations/" + id + "/", "{}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("title: This field is required.");
    }

    @Test
    void aFullUpdateWithoutATitleOfAnotherUsersConversationStillAnswers404() {
        long id = create("Alice's", alice);
        api.core().register("bob");

        ApiResponse response = send("PUT", "/chat/conversations/" + id + "/", "{}", CitizensKeys.logIn(api, "bob"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aPartialUpdateWithoutATitleLeavesItAsItWas() {
        long id = create("Old", alice);

        ApiResponse response = send("PATCH", "/chat/conversations/" + id + "/", "{}", alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("title").asText()).isEqualTo("Old");
    }

    @Test
    void deletingAConversationAnswers204ThenItIsGone() {
        long id = create("Doomed", alice);

        ApiResponse response = send("DELETE", "/chat/conversations/" + id + "/", null, alice);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        ApiResponse again = send("GET", "/chat/conversations/" + id + "/", null, alice);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).isEqualTo("{\"error\":\"Conversation not found\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE"})
    void anotherUsersConversationAnswers404AndIsLeftAlone(String method) {
        long id = create("Alice's", alice);
        api.core().register("bob");
        String bob = CitizensKeys.logIn(api, "bob");

        ApiResponse response = send(method, "/chat/conversations/" + id + "/", "{\"title\": \"Bob's now\"}", bob);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText()).isEqualTo("Conversation not found");
        assertThat(send("GET", "/chat/conversations/" + id + "/", null, alice).json().path("title").asText())
                .isEqualTo("Alice's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999"})
    void anIdThatNamesNoConversationAnswers404(String id) {
        ApiResponse response = send("GET", "/chat/conversations/" + id + "/", null, alice);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText()).isEqualTo("Conversation not found");
    }

    @Test
    void everyRouteAnswersWithAndWithoutItsTrailingSlash() {
        long id = create("Slashes", alice);

        assertThat(send("GET", "/chat/conversations", null, alice).status()).isEqualTo(200);
        assertThat(send("GET", "/chat/conversations/" + id, null, alice).status()).isEqualTo(200);
        assertThat(send("PATCH", "/chat/conversations/" + id, "{\"title\": \"x\"}", alice).status()).isEqualTo(200);
        assertThat(send("GET", "/chat", null, null).status()).isEqualTo(200);
        assertThat(send("DELETE", "/chat/conversations/" + id, null, alice).status()).isEqualTo(204);
    }

    @Test
    void withoutACredentialTheAnswerIs401InDjangoRestFrameworksWords() {
        ApiResponse response = send("GET", "/chat/conversations/", null, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Token");
    }

    @Test
    void aBadKeyAnswers401InvalidToken() {
        ApiResponse response = send("POST", "/chat/conversations/", "{\"title\": \"x\"}", "not-a-key");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid token.\"}");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Token");
    }

    private long create(String title, String key) {
        return send("POST", "/chat/conversations/", "{\"title\": \"" + title + "\"}", key).json().path("id").asLong();
    }

    private ApiResponse send(String method, String path, String json, String key) {
        HttpRequest.Builder request = api.request(path, null).method(method,
                json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Token " + key);
        }
        return api.send(request);
    }
}
