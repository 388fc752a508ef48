package dev.parley.http.uuidchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 004's "conversations" (a chat's messages): written as Human or Assistant without the model, and read back. */
class ConversationRoutesTest {

    private RunningApi api;
    private String alice;
    private String chat;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().tokenFor("alice");
        chat = api.post("/chats/create", "{\"name\": \"Notes\"}", alice).json().path("id").asText();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void creatingAConversationAnswers201WithTheMessageInTheSeedsShape() {
        ApiResponse response = post(chat, "Human", "Hello there");

        assertThat(response.status()).isEqualTo(201);
        JsonNode message = response.json();
        assertThat(UUID.fromString(message.path("id").asText())).isNotNull();
        assertThat(message.path("role").asText()).isEqualTo("Human");
        assertThat(message.path("chat_id").asText()).isEqualTo(chat);
        assertThat(message.path("message").asText()).isEqualTo("Hello there");
        assertThat(message.path("created_at").asText()).endsWith("Z");
        assertThat(message.path("updated_at").asText()).isEqualTo(message.path("created_at").asText());
        assertThat(api.core().model().requests()).isEmpty();
    }

    @Test
    void rolesAreReadIgnoringCaseAndAnsweredAsTheDocumentSpellsThem() {
        assertThat(post(chat, "human", "a").json().path("role").asText()).isEqualTo("Human");
        assertThat(post(chat, "ASSISTANT", "b").json().path("role").asText()).isEqualTo("Assistant");
        assertThat(post(chat, "Assistant", "c").json().path("role").asText()).isEqualTo("Assistant");
    }

    @Test
    void anUnknownRoleIs400AndStoresNothing() {
        ApiResponse response = post(chat, "System", "sneaky");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("role: Input should be 'Human' or 'Assistant'");
        assertThat(api.get("/conversations/" + chat, alice).json()).isEmpty();
    }

    @Test
    void missingFieldsAnEmptyMessageAndBadJsonAre400() {
        ApiResponse missing = api.post("/conversations/create", "{\"role\": \"Human\"}", alice);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("error").asText()).isEqualTo("chat_id: Field required; message: Field required");
        ApiResponse empty = post(chat, "Human", " ");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("error").asText()).startsWith("message: ");
        assertThat(api.post("/conversations/create", "not json", alice).status()).isEqualTo(400);
        assertThat(api.post("/conversations/create",
                "{\"chat_id\": 5, \"role\": \"Human\", \"message\": \"x\"}", alice).status()).isEqualTo(400);
    }

    @Test
    void anUnknownMalformedOrOtherUsersChatIs404ChatNotFound() {
        String bobs = api.post("/chats/create", "{\"name\": \"Bob's\"}", api.core().tokenFor("bob")).json()
                .path("id").asText();
        for (String id : new String[] {UUID.randomUUID().toString(), "nope", bobs}) {
            ApiResponse response = post(id, "Human", "Hi");
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"error\":\"Chat not found\"}");
            assertThat(api.get("/conversations/" + id, alice).status()).isEqualTo(404);
        }
    }

    @Test
    void aChatsConversationsAreListedOldestFirstWithStableUuids() {
        String first = post(chat, "Human", "one").json().path("id").asText();
        String second = post(chat, "Assistant", "two").json().path("id").asText();

        JsonNode listed = api.get("/conversations/" + chat, alice).json();

        assertThat(listed.findValuesAsText("id")).containsExactly(first, second);
        assertThat(listed.findValuesAsText("message")).containsExactly("one", "two");
        assertThat(listed.findValuesAsText("role")).containsExactly("Human", "Assistant");
        assertThat(api.get("/conversations/" + chat + "/", alice).json().findValuesAsText("id"))
                .containsExactly(first, second);
    }

    @Test
    void aConversationsUuidIsTheNameBasedUuidOfItsChatAndMessageId() {
        String id = post(chat, "Human", "one").json().path("id").asText();

        long messageId = api.get("/v1/chat/history", alice).json().path("sessions").get(0).path("messages").get(0)
                .path("id").asLong();

        assertThat(id).isEqualTo(UUID.nameUUIDFromBytes((chat + "/" + messageId).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Test
    void aChatCreatedHereIsTheSameConversationInV1() {
        post(chat, "Human", "shared");

        JsonNode sessions = api.get("/v1/chat/history", alice).json().path("sessions");

        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).path("title").asText()).isEqualTo("Notes");
        assertThat(sessions.get(0).path("messages").get(0).path("content").asText()).isEqualTo("shared");
        assertThat(sessions.get(0).path("messages").get(0).path("role").asText()).isEqualTo("user");
    }

    private ApiResponse post(String chatId, String role, String text) {
        return api.post("/conversations/create",
                "{\"chat_id\": \"" + chatId + "\", \"role\": \"" + role + "\", \"message\": \"" + text + "\"}", alice);
    }
}
