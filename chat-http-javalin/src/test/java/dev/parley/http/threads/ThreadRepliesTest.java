package dev.parley.http.threads;

import static dev.parley.http.threads.Browser.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 003's replies: whole as {@code {"response"}}, streamed as raw text; a client gone leaves a partial reply. */
class ThreadRepliesTest {

    private RunningApi api;
    private ScriptedChatModel model;
    private Browser alice;
    private long thread;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        model = api.core().model();
        alice = Browser.loggedIn(api, "alice");
        thread = alice.post("/chat/threads/new/", null).json().path("thread_id").asLong();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aWholeReplyIsTheResponseField() {
        model.replyWith("Hello", " you");

        ApiResponse response = alice.post("/chat/response/" + thread + "/", message("Hi"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("response").asText()).isEqualTo("Hello you");
        assertThat(alice.post("/chat/response/" + thread, message("Again")).status()).isEqualTo(200);
    }

    @Test
    void aStreamedReplyIsThePlainTokensExactlyUnderNoCache() {
        model.replyWith("Hello", " wor", "ld\n", "data: x", "");

        ApiResponse response = alice.post("/chat/streaming-response/" + thread + "/", message("Hi"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.body()).isEqualTo("Hello world\ndata: x");
        assertThat(alice.post("/chat/streaming-response/" + thread, message("Again")).status()).isEqualTo(200);
    }

    @Test
    void onlyTheLastUserTurnOfATranscriptIsStoredAndSentAfterTheStoredHistory() {
        model.replyWith("First answer");
        alice.post("/chat/response/" + thread + "/", message("user: First question"));

        alice.post("/chat/streaming-response/" + thread + "/",
                message("user: First question\\nbot: First answer\\nuser: Second question\\nwith a second line"));

        assertThat(model.lastRequest().messages()).containsExactly(
                new PromptMessage(Role.USER, "First question"),
                new PromptMessage(Role.ASSISTANT, "First answer"),
                new PromptMessage(Role.USER, "Second question\nwith a second line"));
        JsonNode messages = alice.get("/chat/threads/" + thread + "/messages/").json().path("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages.get(2).path("content").asText()).isEqualTo("Second question\nwith a second line");
    }

    @Test
    void aMissingBlankOrEmptyTranscriptMessageIs400AndNothingIsStored() {
        for (String path : new String[] {"/chat/response/" + thread + "/", "/chat/streaming-response/" + thread + "/"}) {
            for (String body : new String[] {"{}", message("  "), message("bot: hi\\nuser: "), "{\"message\": 5}"}) {
                ApiResponse response = alice.post(path, body);
                assertThat(response.status()).as(body).isEqualTo(400);
                assertThat(error(response)).isEqualTo("No message provided");
            }
            ApiResponse notJson = alice.post(path, "message=hi");
            assertThat(notJson.status()).isEqualTo(400);
            assertThat(error(notJson)).isEqualTo("Invalid JSON");
        }
        assertThat(alice.get("/chat/threads/" + thread + "/messages/").json().path("messages")).isEmpty();
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void aClientThatHangsUpMidStreamLeavesThePartialReply() throws IOException {
        model.stallAfter("Once upon", " a time");

        try (Socket socket = streamOverSocket("Tell me a story")) {
            InputStream in = socket.getInputStream();
            String received = "";
            // Chunked on the wire: each token in a chunk of its own.
            while (!received.contains(" a time")) {
                int read = in.read();
                assertThat(read).as("stream ended early: " + received).isNotNegative();
                received += (char) read;
            }
        }

        awaitPartialReply("Once upon a time");
    }

    @Test
    void aClientThatHangsUpWhileTheModelIsSilentBeforeAnyTokenCancelsTheReply() throws IOException {
        model.stallAfter();

        try (Socket socket = streamOverSocket("Think hard")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !model.requests().isEmpty());
        }

        awaitPartialReply("");
    }

    @Test
    void aClientThatHangsUpWhileWaitingForAWholeReplyCancelsItAndThePartialReplyIsKept() throws IOException {
        model.stallAfter("Half");

        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            send(socket.getOutputStream(), "/chat/response/" + thread + "/", "Take your time");
            await().atMost(Duration.ofSeconds(10)).until(() -> !model.requests().isEmpty());
        }

        // Asked for whole, the provider's text never reached the core before the cancellation.
        awaitPartialReply("");
    }

    private void awaitPartialReply(String text) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode messages = alice.get("/chat/threads/" + thread + "/messages/").json().path("messages");
            assertThat(messages).hasSize(2);
            assertThat(messages.get(1).path("sender").asText()).isEqualTo("bot");
            assertThat(messages.get(1).path("content").asText()).isEqualTo(text);
        });
        // Seed 003 has no word for it; /v1 tells that the reply was kept as partial, not as failed or complete.
        assertThat(api.get("/v1/chat/sessions/" + thread, api.logIn("alice", TestCore.PASSWORD))
                .json().path("messages").get(1).path("status").asText()).isEqualTo("partial");
    }

    private Socket streamOverSocket(String message) throws IOException {
        Socket socket = new Socket("127.0.0.1", api.port());
        send(socket.getOutputStream(), "/chat/streaming-response/" + thread + "/", message);
        return socket;
    }

    private void send(OutputStream out, String path, String message) throws IOException {
        byte[] body = message(message).getBytes(StandardCharsets.UTF_8);
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + api.port() + "\r\nOrigin: " + api.origin()
                + "\r\nCookie: parley_session=" + alice.session() + "\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    static String message(String text) {
        return "{\"message\": \"" + text + "\"}";
    }
}
