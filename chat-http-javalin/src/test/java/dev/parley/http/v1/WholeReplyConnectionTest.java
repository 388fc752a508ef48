package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.http.RunningApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A whole reply ({@code "stream": false}) and the connection it is asked on, spoken over a raw socket. */
class WholeReplyConnectionTest {

    private static final String WHOLE = """
            {"messages": [{"role": "user", "content": "Take your time"}], "stream": false}""";

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

    @Test
    void aClientThatClosesItsConnectionWhileWaitingCancelsTheReplyWhichIsKeptAsPartial()
            throws IOException {
        api.core().model().stallAfter("Once upon");

        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            send(socket.getOutputStream(), WHOLE);
            await().atMost(Duration.ofSeconds(10)).until(() -> !api.core().model().requests().isEmpty());
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode sessions = api.get("/v1/chat/history", token).json().path("sessions");
            assertThat(sessions).hasSize(1);
            JsonNode messages = sessions.get(0).path("messages");
            assertThat(messages).hasSize(2);
            assertThat(messages.get(1).path("status").asText()).isEqualTo("partial");
        });
    }

    @Test
    void wholeRepliesAskedOneAfterAnotherOnOneConnectionAreEachAnswered() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.port());
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 3; i++) {
                send(socket.getOutputStream(), WHOLE);

                assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
                assertThat(RunningApi.parse(body(in)).path("choices").get(0).path("message").path("content").asText())
                        .isEqualTo("echo: Take your time");
            }
        }
    }

    private void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("POST /v1/chat/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** Reads the rest of a response's head and its body, which must have a Content-Length. */
    private static String body(BufferedReader in) throws IOException {
        int length = -1;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        assertThat(length).as("Content-Length").isPositive();
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
            read += in.read(body, read, length - read);
        }
        return new String(body);
    }
}
