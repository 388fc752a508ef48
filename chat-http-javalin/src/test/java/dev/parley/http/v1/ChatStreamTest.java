package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.http.ApiResponse;
import dev.parley.http.HttpSettings;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents;
import dev.parley.http.ServerSentEvents.Event;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatStreamTest {

    private RunningApi api;
    private ScriptedChatModel model;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        model = api.core().model();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_reply_streams_as_data_events_ending_with_done_under_event_stream_headers() {
        model.replyWith("Hello", "!");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi there"), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/event-stream");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.header("X-Accel-Buffering")).isEqualTo("no");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(withoutHeartbeats(response.body())).isEqualTo("data: Hello\n\ndata: !\n\ndata: [DONE]\n\n");
    }

    @Test
    void the_session_id_header_names_the_new_session_which_holds_both_turns() {
        model.replyWith("Hello", "!");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi there"), token);

        String sessionId = response.header("X-Session-Id");
        assertThat(sessionId).matches("\\d+");
        JsonNode session = api.get("/v1/chat/sessions/" + sessionId, token).json();
        assertThat(session.path("title").asText()).isEqualTo("Hi there");
        assertThat(session.path("messages").toString()).contains("\"content\":\"Hi there\"", "\"content\":\"Hello!\"");
        assertThat(session.path("messages").get(1).path("status").asText()).isEqualTo("complete");
    }

    @Test
    void a_token_holding_line_breaks_becomes_one_event_of_several_data_lines() {
        model.replyWith("line one\nline two", "a\r\nb\rc");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi"), token);

        assertThat(withoutHeartbeats(response.body())).isEqualTo(
                "data: line one\ndata: line two\n\ndata: a\ndata: b\ndata: c\n\ndata: [DONE]\n\n");
        List<Event> events = ServerSentEvents.parse(response.body());
        assertThat(events).extracting(Event::data).containsExactly("line one\nline two", "a\nb\nc", "[DONE]");
    }

    @Test
    void a_token_with_a_leading_space_keeps_it_for_a_conforming_client() {
        model.replyWith("Hello", " world", " ", "");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi"), token);

        assertThat(withoutHeartbeats(response.body()))
                .isEqualTo("data: Hello\n\ndata:  world\n\ndata:  \n\ndata: \n\ndata: [DONE]\n\n");
        assertThat(ServerSentEvents.replyText(ServerSentEvents.parse(response.body()))).isEqualTo("Hello world ");
    }

    @Test
    void continuing_a_session_sends_its_history_to_the_model_and_keeps_the_session_id() {
        model.replyWith("First answer");
        String sessionId = api.post("/v1/chat/stream", chat("First question"), token).header("X-Session-Id");

        ApiResponse second = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Second question"}], "session_id": %s}""".formatted(sessionId),
                token);

        assertThat(second.header("X-Session-Id")).isEqualTo(sessionId);
        assertThat(model.lastRequest().messages()).containsExactly(
                new PromptMessage(Role.USER, "First question"),
                new PromptMessage(Role.ASSISTANT, "First answer"),
                new PromptMessage(Role.USER, "Second question"));
    }

    @Test
    void without_a_model_the_default_answers_and_a_named_model_becomes_the_sessions_model() {
        String sessionId = api.post("/v1/chat/stream", chat("Hi"), token).header("X-Session-Id");
        assertThat(model.lastRequest().upstreamModel()).isEqualTo("upstream-test-model");

        api.post("/v1/chat/stream", """
                {"model": "other-model", "messages": [{"role": "user", "content": "Again"}], "session_id": %s}"""
                .formatted(sessionId), token);

        assertThat(model.lastRequest().upstreamModel()).isEqualTo("upstream-other-model");
        assertThat(api.get("/v1/chat/sessions/" + sessionId, token).json().path("model").asText())
                .isEqualTo("other-model");
    }

    @Test
    void sampling_options_reach_the_model_and_temperature_defaults_to_0_7() {
        api.post("/v1/chat/stream", chat("Hi"), token);
        assertThat(model.lastRequest().options().temperature()).isEqualTo(0.7);
        assertThat(model.lastRequest().options().maxTokens()).isNull();

        api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}], "temperature": 0.2, "max_tokens": 50}""", token);

        assertThat(model.lastRequest().options().temperature()).isEqualTo(0.2);
        assertThat(model.lastRequest().options().maxTokens()).isEqualTo(50);
    }

    @Test
    void a_provider_failure_before_the_first_token_ends_the_stream_with_an_error_event_and_done() {
        model.failNextWith(new ProviderException(ProviderException.Kind.UNAVAILABLE, "scripted", 503,
                "The model provider is unavailable"));

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi"), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(withoutHeartbeats(response.body())).isEqualTo(
                "event: error\ndata: {\"detail\":\"The model provider is unavailable\"}\n\ndata: [DONE]\n\n");
        JsonNode reply = api.get("/v1/chat/sessions/" + response.header("X-Session-Id"), token)
                .json().path("messages").get(1);
        assertThat(reply.path("status").asText()).isEqualTo("failed");
        assertThat(reply.path("content").asText()).isEmpty();
    }

    @Test
    void a_provider_failure_after_the_first_token_ends_the_stream_with_an_error_event_and_keeps_the_text() {
        model.failAfter(new ProviderException(ProviderException.Kind.RATE_LIMITED, "scripted", 429, "Rate limited"),
                "Hel", "lo");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi"), token);

        List<Event> events = ServerSentEvents.parse(response.body());
        assertThat(events).containsExactly(new Event("message", "Hel"), new Event("message", "lo"),
                new Event("error", "{\"detail\":\"Rate limited\"}"), new Event("message", "[DONE]"));
        JsonNode reply = api.get("/v1/chat/sessions/" + response.header("X-Session-Id"), token)
                .json().path("messages").get(1);
        assertThat(reply.path("status").asText()).isEqualTo("failed");
        assertThat(reply.path("content").asText()).isEqualTo("Hello");
    }

    @Test
    void keep_alive_comments_flow_while_the_model_is_silent() throws IOException {
        model.stallAfter("Thinking");

        HttpResponse<InputStream> response = api.openStream(chat("Hi"), token);
        try (BufferedReader lines = reader(response)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(nextDataLine(lines)).isEqualTo("data: Thinking");
            String line = lines.readLine();
            while (line != null && line.isEmpty()) {
                line = lines.readLine();
            }
            assertThat(line).isEqualTo(": keep-alive");
        }
    }

    @Test
    void a_client_that_goes_away_mid_stream_leaves_a_partial_reply_with_what_had_arrived() throws IOException {
        model.stallAfter("Once upon", " a time");

        HttpResponse<InputStream> response = api.openStream(chat("Tell me a story"), token);
        String sessionId = response.headers().firstValue("X-Session-Id").orElseThrow();
        try (BufferedReader lines = reader(response)) {
            assertThat(nextDataLine(lines)).isEqualTo("data: Once upon");
            assertThat(nextDataLine(lines)).isEqualTo("data:  a time");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode messages = api.get("/v1/chat/sessions/" + sessionId, token).json().path("messages");
            assertThat(messages.size()).isEqualTo(2);
            assertThat(messages.get(1).path("status").asText()).isEqualTo("partial");
            assertThat(messages.get(1).path("content").asText()).isEqualTo("Once upon a time");
        });
    }

    @Test
    void a_client_that_goes_away_while_tokens_flow_stops_the_reply_and_keeps_what_had_arrived() throws Exception {
        // A heartbeat too slow to matter: the failed token write alone must notice the client is gone.
        try (RunningApi quiet = RunningApi.start(new HttpSettings(Duration.ofMinutes(5), RunningApi.MAX_BODY))) {
            String alice = quiet.core().tokenFor("alice");
            List<String> pieces = new ArrayList<>(List.of("First", " second"));
            for (int i = 0; i < 500; i++) {
                pieces.add(" more".repeat(200));
            }
            CountDownLatch clientGone = new CountDownLatch(1);
            AtomicInteger handed = new AtomicInteger();
            quiet.core().model().replyWith(pieces.toArray(String[]::new)).beforeEachPiece(() -> {
                if (handed.incrementAndGet() == 3) {
                    awaitQuietly(clientGone);
                }
            });

            HttpResponse<InputStream> response = quiet.openStream(chat("Go on"), alice);
            String sessionId = response.headers().firstValue("X-Session-Id").orElseThrow();
            try (BufferedReader lines = reader(response)) {
                assertThat(nextDataLine(lines)).isEqualTo("data: First");
                assertThat(nextDataLine(lines)).isEqualTo("data:  second");
            }
            clientGone.countDown();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode messages = quiet.get("/v1/chat/sessions/" + sessionId, alice).json().path("messages");
                assertThat(messages.size()).isEqualTo(2);
                assertThat(messages.get(1).path("status").asText()).isEqualTo("partial");
                assertThat(messages.get(1).path("content").asText()).startsWith("First second")
                        .hasSizeLessThan(String.join("", pieces).length());
            });
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String chat(String content) {
        return """
                {"messages": [{"role": "user", "content": "%s"}]}""".formatted(content);
    }

    private static String withoutHeartbeats(String body) {
        return body.replace(": keep-alive\n\n", "");
    }

    /** The next {@code data:} line, skipping event ends and keep-alive comments. */
    private static String nextDataLine(BufferedReader lines) throws IOException {
        String line = lines.readLine();
        while (line != null && (line.isEmpty() || line.startsWith(":"))) {
            line = lines.readLine();
        }
        return line;
    }

    private static BufferedReader reader(HttpResponse<InputStream> response) {
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }
}
