package dev.parley.http.uuidchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.http.ApiResponse;
import dev.parley.http.OpenStream;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents;
import dev.parley.http.ServerSentEvents.Event;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /conversations/inference/<chat id>}: the answer to the chat so far, each token a {@code data:}
 * event, stored as the chat's next Assistant message, and ended by {@code event: done} (or {@code event: error}).
 */
class InferenceTest {

    private RunningApi api;
    private String alice;
    private String chat;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().tokenFor("alice");
        chat = api.post("/chats/create", "{\"name\": \"Questions\"}", alice).json().path("id").asText();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theAnswerStreamsAsDataEventsAndEndsWithADoneEventNamingTheStoredMessage() {
        say("Human", "What is two and two?");
        api.core().model().replyWith("Four", ", of course.");

        ApiResponse response = api.get("/conversations/inference/" + chat, alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/event-stream");
        List<Event> events = ServerSentEvents.parse(response.body());
        assertThat(events).hasSize(3);
        assertThat(events.subList(0, 2)).containsExactly(new Event("message", "Four"),
                new Event("message", ", of course."));
        assertThat(events.get(2).type()).isEqualTo("done");
        JsonNode done = RunningApi.parse(events.get(2).data());
        assertThat(done.path("status").asText()).isEqualTo("complete");
        JsonNode stored = api.get("/conversations/" + chat, alice).json();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1).path("id").asText()).isEqualTo(done.path("id").asText());
        assertThat(stored.get(1).path("role").asText()).isEqualTo("Assistant");
        assertThat(stored.get(1).path("message").asText()).isEqualTo("Four, of course.");
    }

    @Test
    void theModelIsGivenTheWholeChatAsItStands() {
        say("Human", "Hi");
        say("Assistant", "Hello, how can I help?");
        say("Human", "Tell me a joke");
        api.core().model().replyWith("No.");

        api.get("/conversations/inference/" + chat, alice);

        List<PromptMessage> sent = api.core().model().lastRequest().messages().stream()
                .filter(m -> m.role() != Role.SYSTEM).toList();
        assertThat(sent).extracting(PromptMessage::role).containsExactly(Role.USER, Role.ASSISTANT, Role.USER);
        assertThat(sent).extracting(PromptMessage::content)
                .containsExactly("Hi", "Hello, how can I help?", "Tell me a joke");
        assertThat(api.get("/conversations/" + chat, alice).json()).hasSize(4);
    }

    @Test
    void aTokenWithLineBreaksSpansSeveralDataLinesOfOneEvent() {
        say("Human", "A poem");
        api.core().model().replyWith("Roses\nare", " red");

        ApiResponse response = api.get("/conversations/inference/" + chat, alice);

        assertThat(response.body()).contains("data: Roses\ndata: are\n\n");
        assertThat(ServerSentEvents.parse(response.body()).getFirst()).isEqualTo(new Event("message", "Roses\nare"));
    }

    @Test
    void refusalsBeforeTheStreamOpensArePlainJsonErrors() {
        ApiResponse unknown = api.get("/conversations/inference/" + UUID.randomUUID(), alice);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"Chat not found\"}");
        assertThat(api.get("/conversations/inference/garbage", alice).status()).isEqualTo(404);
        String bobs = api.post("/chats/create", "{\"name\": \"Bob's\"}", api.core().tokenFor("bob")).json()
                .path("id").asText();
        assertThat(api.get("/conversations/inference/" + bobs, alice).status()).isEqualTo(404);

        ApiResponse empty = api.get("/conversations/inference/" + chat, alice);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.header("Content-Type")).startsWith("application/json");
        assertThat(empty.body()).isEqualTo("{\"error\":\"The chat has no message to answer\"}");
        assertThat(api.core().model().requests()).isEmpty();
    }

    @Test
    void aProviderFailureAfterTheStreamOpenedEndsItWithAnErrorEvent() {
        say("Human", "Hi");
        api.core().model().failAfter(new ProviderException(ProviderException.Kind.UNAVAILABLE, "scripted", 503,
                "The model provider is unavailable"), "Hel");

        ApiResponse response = api.get("/conversations/inference/" + chat, alice);

        assertThat(response.status()).isEqualTo(200);
        assertThat(ServerSentEvents.parse(response.body())).containsExactly(new Event("message", "Hel"),
                new Event("error", "{\"error\":\"The model provider is unavailable\"}"));
    }

    @Test
    void aSilentModelStillSendsKeepAliveComments() {
        say("Human", "Think hard");
        api.core().model().stallAfter("Hmm");

        try (OpenStream stream = api.openStream(api.request("/conversations/inference/" + chat, alice).GET())) {
            assertThat(stream.nextLine()).isEqualTo("data: Hmm");
            assertThat(stream.nextLine()).isEqualTo(": keep-alive");
        }
    }

    @Test
    void aClientThatGoesAwayCancelsTheReplyAndThePartialAnswerIsKept() {
        say("Human", "Tell me a story");
        api.core().model().stallAfter("Once upon", " a time");

        try (OpenStream stream = api.openStream(api.request("/conversations/inference/" + chat, alice).GET())) {
            assertThat(stream.nextDataLine()).isEqualTo("data: Once upon");
            assertThat(stream.nextDataLine()).isEqualTo("data:  a time");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode stored = api.get("/conversations/" + chat, alice).json();
            assertThat(stored).hasSize(2);
            assertThat(stored.get(1).path("role").asText()).isEqualTo("Assistant");
            assertThat(stored.get(1).path("message").asText()).isEqualTo("Once upon a time");
        });
        JsonNode reply = api.get("/v1/chat/history", alice).json().path("sessions").get(0).path("messages").get(1);
        assertThat(reply.path("status").asText()).isEqualTo("partial");
    }

    private void say(String role, String text) {
        ApiResponse response = api.post("/conversations/create",
                "{\"chat_id\": \"" + chat + "\", \"role\": \"" + role + "\", \"message\": \"" + text + "\"}", alice);
        assertThat(response.status()).isEqualTo(201);
    }
}
