package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.http.ApiResponse;
import dev.parley.http.CapturedLogs;
import dev.parley.http.HttpSettings;
import dev.parley.http.OpenStream;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents;
import dev.parley.http.ServerSentEvents.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Streamed replies that end before the model has finished: a provider failure or a core error after
 * the stream opened ends it with an error event, a client that goes away leaves a partial reply.
 */
class StreamEndingTest {

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
    void aProviderFailureBeforeTheFirstTokenEndsTheStreamWithAnErrorEventAndDone() {
        model.failNextWith(new ProviderException(ProviderException.Kind.UNAVAILABLE, "scripted", 503,
                "The model provider is unavailable"));

        ApiResponse response = api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(ChatStreamTest.withoutHeartbeats(response.body())).isEqualTo(
                "event: error\ndata: {\"detail\":\"The model provider is unavailable\"}\n\ndata: [DONE]\n\n");
        JsonNode reply = api.get("/v1/chat/sessions/" + response.header("X-Session-Id"), token)
                .json().path("messages").get(1);
        assertThat(reply.path("status").asText()).isEqualTo("failed");
        assertThat(reply.path("content").asText()).isEmpty();
    }

    @Test
    void aProviderFailureAfterTheFirstTokenEndsTheStreamWithAnErrorEventAndKeepsTheText() {
        model.failAfter(new ProviderException(ProviderException.Kind.RATE_LIMITED, "scripted", 429, "Rate limited"),
                "Hel", "lo");

        ApiResponse response = api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), token);

        List<Event> events = ServerSentEvents.parse(response.body());
        assertThat(events).containsExactly(new Event("message", "Hel"), new Event("message", "lo"),
                new Event("error", "{\"detail\":\"Rate limited\"}"), new Event("message", "[DONE]"));
        JsonNode reply = api.get("/v1/chat/sessions/" + response.header("X-Session-Id"), token)
                .json().path("messages").get(1);
        assertThat(reply.path("status").asText()).isEqualTo("partial");
        assertThat(reply.path("content").asText()).isEqualTo("Hello");
    }

    @Test
    void aClientThatGoesAwayMidStreamLeavesAPartialReplyWithWhatHadArrived() {
        model.stallAfter("Once upon", " a time");

        String sessionId;
        try (OpenStream stream = api.openStream(ChatStreamTest.chat("Tell me a story"), token)) {
            sessionId = stream.sessionId();
            assertThat(stream.nextDataLine()).isEqualTo("data: Once upon");
            assertThat(stream.nextDataLine()).isEqualTo("data:  a time");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode messages = api.get("/v1/chat/sessions/" + sessionId, token).json().path("messages");
            assertThat(messages.size()).isEqualTo(2);
            assertThat(messages.get(1).path("status").asText()).isEqualTo("partial");
            assertThat(messages.get(1).path("content").asText()).isEqualTo("Once upon a time");
        });
    }

    @Test
    void aClientThatGoesAwayWhileTokensFlowStopsTheReplyAndKeepsWhatHadArrived() throws Exception {
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

            String sessionId;
            try (OpenStream stream = quiet.openStream(ChatStreamTest.chat("Go on"), alice)) {
                sessionId = stream.sessionId();
                assertThat(stream.nextDataLine()).isEqualTo("data: First");
                assertThat(stream.nextDataLine()).isEqualTo("data:  second");
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

    @Test
    void aSessionDeletedWhileItsReplyStreamsEndsTheStreamAsNotFoundWithoutLoggingAnError() {
        CountDownLatch deleted = new CountDownLatch(1);
        AtomicInteger handed = new AtomicInteger();
        model.replyWith("Hello", " there").beforeEachPiece(() -> {
            if (handed.incrementAndGet() == 2) {
                awaitQuietly(deleted);
            }
        });

        try (CapturedLogs logs = CapturedLogs.start()) {
            List<Event> rest;
            try (OpenStream stream = api.openStream(ChatStreamTest.chat("Hi"), token)) {
                assertThat(stream.nextDataLine()).isEqualTo("data: Hello");
                assertThat(api.delete("/v1/chat/sessions/" + stream.sessionId(), token).status()).isEqualTo(200);
                deleted.countDown();
                rest = stream.remainingEvents();
            }

            assertThat(rest).containsExactly(new Event("message", " there"),
                    new Event("error", "{\"detail\":\"Chat session not found\"}"), new Event("message", "[DONE]"));
            assertThat(logs.errors()).isEmpty();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
