package dev.parley.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One user, one conversation, six dialects, against the real server: a chat started through seed 004 is
 * seed 002's session, seed 000's conversation, seed 001's chat and seed 003's thread, with its id in each
 * dialect's own form, and whatever each dialect adds to it the others see; another user sees it nowhere.
 */
class CrossDialectConformanceTest {

    private static final String PASSWORD = "correct horse battery";

    private RunningParley server;

    /** One user's credentials in every scheme the dialects use. */
    private record Credentials(String bearer, String apiKey, String jwt, String cookie) {
    }

    @BeforeEach
    void start(@TempDir Path dir) {
        server = RunningParley.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aChatStartedThroughSeed004IsTheSameConversationInEveryDialectAndCollectsWhatEachAdds() {
        Credentials ada = signUp("ada");

        JsonNode chat = json(201, server.json("POST", "/chats/create", Map.of("name", "Shared plans"), bearer(ada)));
        String uuid = chat.path("id").asText();
        json(201, server.json("POST", "/conversations/create",
                Map.of("chat_id", uuid, "role", "Human", "message", "What shall we plan?"), bearer(ada)));

        JsonNode session = onlySession(ada);
        long id = session.path("id").asLong();
        assertThat(session.path("title").asText()).isEqualTo("Shared plans");
        assertThat(session.path("messages").get(0).path("content").asText()).isEqualTo("What shall we plan?");

        JsonNode conversation = json(200, server.json("GET", "/chat/conversations/" + id + "/", null,
                "Authorization", "Token " + ada.apiKey()));
        assertThat(conversation.path("title").asText()).isEqualTo("Shared plans");
        assertThat(conversation.path("messages").get(0).path("is_user").asBoolean()).isTrue();

        JsonNode drfChat = json(200, server.json("GET", "/api/chat/" + id, null, "Authorization", "Bearer " + ada.jwt()));
        assertThat(drfChat.path("title").asText()).isEqualTo("Shared plans");

        JsonNode threads = json(200, server.json("GET", "/chat/threads/", null, "Cookie", "parley_session=" + ada.cookie()));
        assertThat(threads.path("threads").findValuesAsText("id")).containsExactly(Long.toString(id));

        // Each dialect adds a turn to the same conversation.
        json(200, server.json("POST", "/chat/conversations/" + id + "/send_message/", Map.of("message", "From 000"),
                "Authorization", "Token " + ada.apiKey()));
        json(201, server.json("POST", "/api/message/", Map.of("content", "From 001", "chat", id),
                "Authorization", "Bearer " + ada.jwt()));
        HttpResponse<String> streamed = server.json("POST", "/v1/chat/stream",
                Map.of("session_id", id, "messages", List.of(Map.of("role", "user", "content", "From 002"))), bearer(ada));
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.body()).endsWith("data: [DONE]\n\n");
        json(200, server.json("POST", "/chat/response/" + id + "/", Map.of("message", "From 003"),
                "Cookie", "parley_session=" + ada.cookie(), "Origin", origin()));
        HttpResponse<String> inference = server.json("GET", "/conversations/inference/" + uuid, null, bearer(ada));
        assertThat(inference.statusCode()).isEqualTo(200);
        assertThat(inference.body()).contains("event: done");

        List<String> expected = List.of("What shall we plan?", "From 000", "<reply>", "From 001", "From 002", "<reply>",
                "From 003", "<reply>", "<reply>");
        assertTranscript(contents(json(200, server.json("GET", "/v1/chat/sessions/" + id, null, bearer(ada))).path("messages"),
                "content"), expected);
        assertTranscript(contents(json(200, server.json("GET", "/chat/threads/" + id + "/messages/", null,
                "Cookie", "parley_session=" + ada.cookie())).path("messages"), "content"), expected);
        assertTranscript(contents(json(200, server.json("GET", "/conversations/" + uuid, null, bearer(ada))), "message"), expected);
        assertTranscript(contents(json(200, server.json("GET", "/chat/conversations/" + id + "/", null,
                "Authorization", "Token " + ada.apiKey())).path("messages"), "content"), expected);
        List<String> drfMessages = new ArrayList<>();
        json(200, server.json("GET", "/api/message/", null, "Authorization", "Bearer " + ada.jwt()))
                .forEach(m -> drfMessages.add(m.path("content").asText()));
        assertTranscript(drfMessages, expected);
    }

    @Test
    void anotherUserFindsTheConversationInNoDialect() {
        Credentials ada = signUp("ada");
        Credentials bob = signUp("bob");
        String uuid = json(201, server.json("POST", "/chats/create", Map.of("name", "Ada's"), bearer(ada)))
                .path("id").asText();
        long id = onlySession(ada).path("id").asLong();

        assertThat(server.json("GET", "/chats/" + uuid, null, bearer(bob)).statusCode()).isEqualTo(404);
        assertThat(server.json("GET", "/v1/chat/sessions/" + id, null, bearer(bob)).statusCode()).isEqualTo(404);
        assertThat(server.json("GET", "/chat/conversations/" + id + "/", null, "Authorization", "Token " + bob.apiKey())
                .statusCode()).isEqualTo(404);
        assertThat(server.json("GET", "/api/chat/" + id, null, "Authorization", "Bearer " + bob.jwt()).statusCode())
                .isEqualTo(404);
        assertThat(server.json("GET", "/chat/threads/" + id + "/messages/", null, "Cookie", "parley_session=" + bob.cookie())
                .statusCode()).isEqualTo(404);
        assertThat(json(200, server.json("GET", "/chats/", null, bearer(bob)))).isEmpty();
        assertThat(json(200, server.json("GET", "/chat/conversations/", null, "Authorization", "Token " + bob.apiKey())))
                .isEmpty();
        assertThat(json(200, server.json("GET", "/api/chat/", null, "Authorization", "Bearer " + bob.jwt()))).isEmpty();
        assertThat(json(200, server.json("GET", "/chat/threads/", null, "Cookie", "parley_session=" + bob.cookie()))
                .path("threads")).isEmpty();
    }

    /** Registers through /v1, then logs in through each dialect's own login. */
    private Credentials signUp(String username) {
        Map<String, String> credentials = Map.of("username", username, "password", PASSWORD);
        assertThat(server.json("POST", "/v1/auth/register", credentials).statusCode()).isEqualTo(201);
        String bearer = json(200, server.json("POST", "/v1/auth/token", credentials)).path("access_token").asText();
        String apiKey = json(200, server.json("POST", "/chat/login/", credentials)).path("token").asText();
        String jwt = json(200, server.json("POST", "/api/token/", credentials)).path("access").asText();
        HttpResponse<String> login = server.json("POST", "/auth/login/", credentials, "Origin", origin());
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("parley_session="))
                .map(c -> c.substring("parley_session=".length(), c.indexOf(';'))).findFirst().orElseThrow();
        return new Credentials(bearer, apiKey, jwt, cookie);
    }

    private JsonNode onlySession(Credentials user) {
        JsonNode sessions = json(200, server.json("GET", "/v1/chat/history", null, bearer(user))).path("sessions");
        assertThat(sessions).hasSize(1);
        return sessions.get(0);
    }

    private String origin() {
        return server.base().toString().replaceAll("/$", "");
    }

    private static String[] bearer(Credentials user) {
        return new String[] {"Authorization", "Bearer " + user.bearer()};
    }

    private static JsonNode json(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return RunningParley.parse(response);
    }

    private static List<String> contents(JsonNode messages, String field) {
        List<String> texts = new ArrayList<>();
        messages.forEach(message -> texts.add(message.path(field).asText()));
        return texts;
    }

    /** {@code texts} in order, where each {@code <reply>} stands for one model reply (any text from the fake provider). */
    private static void assertTranscript(List<String> texts, List<String> expected) {
        assertThat(texts).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).equals("<reply>")) {
                assertThat(texts.get(i)).as("message %d", i + 1).startsWith("Reply ");
            } else {
                assertThat(texts.get(i)).as("message %d", i + 1).isEqualTo(expected.get(i));
            }
        }
    }
}
