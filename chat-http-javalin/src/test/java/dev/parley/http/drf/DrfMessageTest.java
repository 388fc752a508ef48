package dev.parley.http.drf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.http.ApiResponse;
import dev.parley.http.MultipartBody;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 001's {@code /api/message/}: messages of the caller's chats as records, written without asking a model. */
class DrfMessageTest {

    private RunningApi api;
    private String alice;
    private long aliceId;
    private long chat;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().tokenFor("alice");
        aliceId = api.get("/v1/auth/me", alice).json().path("id").asLong();
        chat = api.post("/api/chat/", "{\"title\": \"Plans\"}", alice).json().path("id").asLong();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void postingAMessageAnswers201WithItsFieldsAndAsksNoModel() {
        String now = api.core().clock().instant().toString();

        ApiResponse response = api.post("/api/message/", "{\"content\": \"hello\", \"chat\": " + chat + ", \"user\": "
                + aliceId + ", \"file\": null}", alice);

        assertThat(response.status()).isEqualTo(201);
        long id = response.json().path("id").asLong();
        assertThat(response.body()).isEqualTo("{\"id\":" + id + ",\"content\":\"hello\",\"chat\":" + chat + ",\"user\":"
                + aliceId + ",\"file\":null,\"role\":\"user\",\"created_at\":\"" + now + "\"}");
        assertThat(api.core().model().requests()).isEmpty();
    }

    @Test
    void aPostedMessageIsInTheV1SessionOfItsChat() {
        post("hello");

        JsonNode session = api.get("/v1/chat/sessions/" + chat, alice).json();

        assertThat(session.path("messages").get(0).path("content").asText()).isEqualTo("hello");
    }

    @Test
    void missingContentAndChatAreFieldErrors() {
        ApiResponse response = api.post("/api/message", "{}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(
                "{\"content\":[\"This field is required.\"],\"chat\":[\"This field is required.\"]}");
    }

    @Test
    void anotherUsersChatUserOrFileIsAnInvalidPk() {
        String bob = api.core().tokenFor("bob");
        long bobId = api.get("/v1/auth/me", bob).json().path("id").asLong();
        long bobsChat = api.post("/api/chat/", "{\"title\": \"theirs\"}", bob).json().path("id").asLong();
        long bobsFile = api.upload("/api/file/", MultipartBody.ofFile("a.txt", "text/plain", bytes("theirs")), bob)
                .json().path("id").asLong();

        ApiResponse response = api.post("/api/message/", "{\"content\": \"hi\", \"chat\": " + bobsChat + ", \"user\": "
                + bobId + ", \"file\": " + bobsFile + "}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("chat").get(0).asText())
                .isEqualTo("Invalid pk \"" + bobsChat + "\" - object does not exist.");
        assertThat(response.json().path("user").get(0).asText())
                .isEqualTo("Invalid pk \"" + bobId + "\" - object does not exist.");
        assertThat(response.json().path("file").get(0).asText())
                .isEqualTo("Invalid pk \"" + bobsFile + "\" - object does not exist.");
    }

    @Test
    void aChatKeyOfTheWrongTypeIsIncorrectType() {
        ApiResponse response = api.post("/api/message/", "{\"content\": \"hi\", \"chat\": \"abc\"}", alice);

        assertThat(response.body()).isEqualTo("{\"chat\":[\"Incorrect type. Expected pk value, received str.\"]}");
    }

    @Test
    void anOwnFileCanBeAttachedAndDetached() {
        long file = api.upload("/api/file/", MultipartBody.ofFile("a.txt", "text/plain", bytes("notes")), alice)
                .json().path("id").asLong();

        ApiResponse posted = api.post("/api/message/", "{\"content\": \"see\", \"chat\": " + chat + ", \"file\": "
                + file + "}", alice);
        long id = posted.json().path("id").asLong();
        ApiResponse kept = api.patch("/api/message/" + id + "/", "{\"content\": \"see this\"}", alice);
        ApiResponse detached = api.patch("/api/message/" + id, "{\"file\": null}", alice);

        assertThat(posted.json().path("file").asLong()).isEqualTo(file);
        assertThat(kept.json().path("file").asLong()).isEqualTo(file);
        assertThat(kept.json().path("content").asText()).isEqualTo("see this");
        assertThat(detached.json().path("file").isNull()).isTrue();
    }

    @Test
    void listingHoldsTheCallersMessagesOnly() {
        post("mine");
        String bob = api.core().tokenFor("bob");
        long bobsChat = api.post("/api/chat/", "{\"title\": \"theirs\"}", bob).json().path("id").asLong();
        api.post("/api/message/", "{\"content\": \"theirs\", \"chat\": " + bobsChat + "}", bob);

        JsonNode list = api.get("/api/message/", alice).json();

        assertThat(list).extracting(message -> message.path("content").asText()).containsExactly("mine");
    }

    @Test
    void putReplacesTheContentInTheSameChat() {
        long id = post("draft");

        ApiResponse response = api.send("PUT", "/api/message/" + id + "/", "application/json",
                BodyPublishers.ofString("{\"content\": \"final\", \"chat\": " + chat + ", \"user\": " + aliceId + "}"),
                alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("content").asText()).isEqualTo("final");
        assertThat(api.get("/api/message/" + id, alice).json().path("content").asText()).isEqualTo("final");
    }

    @Test
    void movingAMessageToAnotherOwnChatIsRefused() {
        long id = post("stay");
        long other = api.post("/api/chat/", "{\"title\": \"Other\"}", alice).json().path("id").asLong();

        ApiResponse response = api.patch("/api/message/" + id, "{\"chat\": " + other + "}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"chat\":[\"A message cannot be moved to another chat.\"]}");
    }

    @Test
    void deletingAnswers204AndAnotherUsersMessageIs404() {
        long id = post("gone soon");
        String bob = api.core().tokenFor("bob");

        assertThat(api.get("/api/message/" + id + "/", bob).status()).isEqualTo(404);
        assertThat(api.patch("/api/message/" + id + "/", "{\"content\": \"x\"}", bob).status()).isEqualTo(404);
        assertThat(api.delete("/api/message/" + id + "/", bob).status()).isEqualTo(404);
        ApiResponse deleted = api.delete("/api/message/" + id + "/", alice);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get("/api/message/" + id, alice).status()).isEqualTo(404);
    }

    private long post(String content) {
        return api.post("/api/message/", "{\"content\": \"" + content + "\", \"chat\": " + chat + "}", alice)
                .json().path("id").asLong();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
