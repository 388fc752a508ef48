package dev.parley.http.uuidchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 004's chats: created, listed, read, renamed and deleted by UUID, in the {@code {"error": ...}} shape. */
class ChatRoutesTest {

    private RunningApi api;
    private UserId aliceId;
    private String alice;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        aliceId = api.core().register("alice").id();
        alice = api.logIn("alice", TestCore.PASSWORD);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void creatingAChatAnswers201WithTheWholeChatAndNoGreetingMessages() {
        ApiResponse response = api.post("/chats/create", "{\"name\": \"Trip planning\"}", alice);

        assertThat(response.status()).isEqualTo(201);
        JsonNode chat = response.json();
        assertThat(UUID.fromString(chat.path("id").asText())).isNotNull();
        assertThat(chat.path("name").asText()).isEqualTo("Trip planning");
        assertThat(chat.path("created_at").asText()).endsWith("Z");
        assertThat(chat.path("updated_at").asText()).isEqualTo(chat.path("created_at").asText());
        assertThat(fieldNames(chat)).containsExactly("id", "name", "created_at", "updated_at");
        assertThat(api.get("/conversations/" + chat.path("id").asText(), alice).json()).isEmpty();
    }

    @Test
    void theListHoldsTheCallersChatsLatestUpdatedFirst() {
        String first = create("First");
        api.core().clock().advance(Duration.ofMinutes(1));
        String second = create("Second");
        api.core().clock().advance(Duration.ofMinutes(1));
        rename(first, "First, renamed");
        create("Bob's", api.core().tokenFor("bob"));

        ApiResponse response = api.get("/chats/", alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().findValuesAsText("id")).containsExactly(first, second);
        assertThat(response.json().get(0).path("name").asText()).isEqualTo("First, renamed");
        assertThat(api.get("/chats", alice).json().findValuesAsText("id")).containsExactly(first, second);
    }

    @Test
    void aChatIsReadByItsUuidWithOrWithoutATrailingSlash() {
        String id = create("Mine");

        ApiResponse response = api.get("/chats/" + id, alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("id").asText()).isEqualTo(id);
        assertThat(response.json().path("name").asText()).isEqualTo("Mine");
        assertThat(api.get("/chats/" + id + "/", alice).status()).isEqualTo(200);
        assertThat(api.get("/chats/" + id.toUpperCase(), alice).json().path("id").asText()).isEqualTo(id);
    }

    @Test
    void updatingRenamesTheChatAndIgnoresTheUpdatedAtItWasSent() {
        String id = create("Old");
        api.core().clock().advance(Duration.ofMinutes(5));

        ApiResponse response = put("/chats/update/" + id,
                "{\"name\": \"New\", \"updated_at\": \"1999-01-01T00:00:00Z\"}", alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("name").asText()).isEqualTo("New");
        assertThat(response.json().path("updated_at").asText()).doesNotStartWith("1999")
                .isNotEqualTo(response.json().path("created_at").asText());
        assertThat(api.get("/chats/" + id, alice).json().path("name").asText()).isEqualTo("New");
    }

    @Test
    void deletingAChatWithMessagesAnswersTheDeletedChatAndRemovesItsMessages() {
        String id = create("Doomed");
        postMessage(id, "Human", "Hello");
        postMessage(id, "Assistant", "Hi");

        ApiResponse response = api.delete("/chats/delete/" + id, alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("id").asText()).isEqualTo(id);
        assertThat(response.json().path("name").asText()).isEqualTo("Doomed");
        assertThat(api.get("/chats/" + id, alice).status()).isEqualTo(404);
        assertThat(api.get("/conversations/" + id, alice).status()).isEqualTo(404);
        assertThat(api.core().useCases().messages().list(aliceId)).isEmpty();
    }

    @Test
    void unknownMalformedAndOtherUsersChatsAre404ChatNotFound() {
        String bobs = create("Bob's", api.core().tokenFor("bob"));
        for (String id : new String[] {UUID.randomUUID().toString(), "not-a-uuid", "1-2-3-4-5", bobs, "42"}) {
            for (ApiResponse response : new ApiResponse[] {api.get("/chats/" + id, alice),
                    put("/chats/update/" + id, "{\"name\": \"x\"}", alice), api.delete("/chats/delete/" + id, alice)}) {
                assertThat(response.status()).as(id).isEqualTo(404);
                assertThat(response.body()).isEqualTo("{\"error\":\"Chat not found\"}");
            }
        }
        assertThat(api.get("/chats/" + bobs, api.core().tokenFor("carol")).status()).isEqualTo(404);
    }

    @Test
    void aMissingOrBlankNameAndBadJsonAre400InTheErrorShape() {
        String id = create("Kept");

        assertThat(api.post("/chats/create", "{}", alice).json().path("error").asText()).isEqualTo("name: Field required");
        assertThat(api.post("/chats/create", "{\"name\": 7}", alice).status()).isEqualTo(400);
        ApiResponse blank = api.post("/chats/create", "{\"name\": \"  \"}", alice);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("error").asText()).startsWith("name: ");
        ApiResponse broken = api.post("/chats/create", "{\"name\": ", alice);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).isEqualTo("{\"error\":\"JSON decode error\"}");
        ApiResponse badUpdate = put("/chats/update/" + id, "[]", alice);
        assertThat(badUpdate.status()).isEqualTo(400);
        assertThat(fieldNames(badUpdate.json())).containsExactly("error");
        assertThat(api.get("/chats/" + id, alice).json().path("name").asText()).isEqualTo("Kept");
    }

    @Test
    void withoutACredentialEveryRouteIs401NotAuthenticated() {
        for (ApiResponse response : new ApiResponse[] {api.get("/chats/", null),
                api.post("/chats/create", "{\"name\": \"x\"}", null),
                api.get("/conversations/inference/" + UUID.randomUUID(), null)}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"error\":\"Not authenticated\"}");
        }
        assertThat(api.get("/chats/", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void inSingleUserModeTheRoutesWorkWithoutACredential() {
        try (RunningApi single = RunningApi.startSingleUser(RunningApi.settings())) {
            ApiResponse created = single.send(single.request("/chats/create", null).header("Content-Type",
                    "application/json").header("Origin", single.origin()).POST(BodyPublishers.ofString("{\"name\": \"Local\"}")));

            assertThat(created.status()).isEqualTo(201);
            assertThat(single.get("/chats/", null).json().findValuesAsText("name")).containsExactly("Local");
        }
    }

    private String create(String name) {
        return create(name, alice);
    }

    private String create(String name, String token) {
        ApiResponse response = api.post("/chats/create", "{\"name\": \"" + name + "\"}", token);
        assertThat(response.status()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private void rename(String id, String name) {
        assertThat(put("/chats/update/" + id, "{\"name\": \"" + name + "\"}", alice).status()).isEqualTo(200);
    }

    private void postMessage(String chatId, String role, String text) {
        ApiResponse response = api.post("/conversations/create",
                "{\"chat_id\": \"" + chatId + "\", \"role\": \"" + role + "\", \"message\": \"" + text + "\"}", alice);
        assertThat(response.status()).isEqualTo(201);
    }

    private ApiResponse put(String path, String json, String token) {
        return api.send("PUT", path, "application/json", BodyPublishers.ofString(json), token);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
