package dev.parley.http.drf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 001's {@code /api/chat/}: the caller's conversations as a DRF ModelViewSet. */
class DrfChatTest {

    private RunningApi api;
    private String alice;
    private long aliceId;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().tokenFor("alice");
        aliceId = api.get("/v1/auth/me", alice).json().path("id").asLong();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void creatingAChatAnswers201WithItsFields() {
        String now = api.core().clock().instant().toString();

        ApiResponse response = api.post("/api/chat/", "{\"title\": \"Plans\", \"user\": " + aliceId + "}", alice);

        assertThat(response.status()).isEqualTo(201);
        JsonNode chat = response.json();
        assertThat(response.body()).isEqualTo("{\"id\":" + chat.path("id").asLong() + ",\"title\":\"Plans\",\"user\":"
                + aliceId + ",\"created_at\":\"" + now + "\",\"updated_at\":\"" + now + "\"}");
    }

    @Test
    void aChatWithoutUserBelongsToTheCaller() {
        ApiResponse response = api.post("/api/chat", "{\"title\": \"Plans\"}", alice);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("user").asLong()).isEqualTo(aliceId);
    }

    @Test
    void namingAnotherUserIsAnInvalidPkWhetherOrNotTheyExist() {
        long bobId = api.core().register("bob").id().value();

        ApiResponse bob = api.post("/api/chat/", "{\"title\": \"Plans\", \"user\": " + bobId + "}", alice);
        ApiResponse nobody = api.post("/api/chat/", "{\"title\": \"Plans\", \"user\": 999}", alice);

        assertThat(bob.status()).isEqualTo(400);
        assertThat(bob.body()).isEqualTo("{\"user\":[\"Invalid pk \\\"" + bobId + "\\\" - object does not exist.\"]}");
        assertThat(nobody.body()).isEqualTo("{\"user\":[\"Invalid pk \\\"999\\\" - object does not exist.\"]}");
        assertThat(api.get("/api/chat/", alice).json()).isEmpty();
    }

    @Test
    void aChatWithoutTitleIsAFieldError() {
        ApiResponse response = api.post("/api/chat/", "{}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"title\":[\"This field is required.\"]}");
    }

    @Test
    void theListHoldsOnlyTheCallersChatsOldestFirstAsABareArray() {
        String bob = api.core().tokenFor("bob");
        long first = create(alice, "one");
        api.post("/api/chat/", "{\"title\": \"theirs\"}", bob);
        long second = create(alice, "two");

        JsonNode list = api.get("/api/chat/", alice).json();

        assertThat(list.isArray()).isTrue();
        assertThat(list).extracting(chat -> chat.path("id").asLong()).containsExactly(first, second);
    }

    @Test
    void aChatIsReadWithAndWithoutTrailingSlash() {
        long id = create(alice, "Plans");

        assertThat(api.get("/api/chat/" + id, alice).json().path("title").asText()).isEqualTo("Plans");
        assertThat(api.get("/api/chat/" + id + "/", alice).json().path("title").asText()).isEqualTo("Plans");
    }

    @Test
    void putAndPatchRetitleAndPutNeedsTheTitle() {
        long id = create(alice, "Plans");

        ApiResponse put = api.send("PUT", "/api/chat/" + id + "/", "application/json",
                BodyPublishers.ofString("{\"title\": \"New plans\", \"user\": " + aliceId + "}"), alice);
        ApiResponse patch = api.patch("/api/chat/" + id, "{\"title\": \"Newer plans\"}", alice);
        ApiResponse putWithoutTitle = api.send("PUT", "/api/chat/" + id, "application/json",
                BodyPublishers.ofString("{\"user\": " + aliceId + "}"), alice);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().path("title").asText()).isEqualTo("New plans");
        assertThat(patch.json().path("title").asText()).isEqualTo("Newer plans");
        assertThat(putWithoutTitle.status()).isEqualTo(400);
        assertThat(putWithoutTitle.body()).isEqualTo("{\"title\":[\"This field is required.\"]}");
    }

    @Test
    void deletingAnswers204WithoutBodyAndTheChatIsGone() {
        long id = create(alice, "Plans");

        ApiResponse deleted = api.delete("/api/chat/" + id + "/", alice);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get("/api/chat/" + id, alice).status()).isEqualTo(404);
    }

    @Test
    void anotherUsersChatIs404OnEveryMethod() {
        long theirs = create(api.core().tokenFor("bob"), "theirs");
        String path = "/api/chat/" + theirs + "/";

        for (ApiResponse response : new ApiResponse[] {api.get(path, alice), api.patch(path, "{\"title\": \"x\"}", alice),
                api.send("PUT", path, "application/json", BodyPublishers.ofString("{\"title\": \"x\"}"), alice),
                api.delete(path, alice)}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
        }
    }

    @Test
    void anIdThatIsNoNumberIs404() {
        ApiResponse response = api.get("/api/chat/abc/", alice);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Not found.");
    }

    @Test
    void aChatIsTheV1SessionOfTheSameId() {
        long id = create(alice, "Plans");

        assertThat(api.get("/v1/chat/sessions/" + id, alice).status()).isEqualTo(200);
    }

    @Test
    void anUnsupportedMethodIs405() {
        ApiResponse response = api.send("PUT", "/api/chat/", "application/json", BodyPublishers.ofString("{}"), alice);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().has("detail")).isTrue();
    }

    private long create(String token, String title) {
        return api.post("/api/chat/", "{\"title\": \"" + title + "\"}", token).json().path("id").asLong();
    }
}
