package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.OpenStream;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents.Event;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reply in flight whose caller's credentials are revoked (logout, password change, deactivation,
 * deletion) ends within seconds, and what had arrived is kept as partial.
 */
class RevokedReplyTest {

    private static final List<Event> REVOKED = List.of(
            new Event("error", "{\"detail\":\"Credentials revoked\"}"), new Event("message", "[DONE]"));

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
    void aStreamOfAUserWhoLogsOutEndsWithCredentialsRevokedAndItsReplyIsKeptAsPartial() {
        String sessionId = streamUntilRevoked(() -> api.post("/v1/auth/logout", "", token));

        assertPartial(sessionId, api.logIn("alice", TestCore.PASSWORD));
    }

    @Test
    void aStreamOfAUserWhoChangesTheirPasswordElsewhereEndsWithCredentialsRevoked() {
        String sessionId = streamUntilRevoked(() -> api.post("/v1/auth/password", """
                {"current_password": "%s", "new_password": "a brand new password"}""".formatted(TestCore.PASSWORD),
                api.logIn("alice", TestCore.PASSWORD)));

        assertPartial(sessionId, api.logIn("alice", "a brand new password"));
    }

    @Test
    void aStreamOfAUserWhomAnAdminDeactivatesEndsWithCredentialsRevoked() {
        String admin = api.adminToken();

        streamUntilRevoked(() -> api.post("/v1/admin/users/alice/deactivate", "", admin));
    }

    @Test
    void aStreamOfAUserWhoDeletesTheirAccountEndsWithCredentialsRevoked() {
        streamUntilRevoked(() -> api.delete("/v1/auth/me", api.logIn("alice", TestCore.PASSWORD)));
    }

    @Test
    void aWholeReplyOfAUserWhoLogsOutAnswers401CredentialsRevokedAndIsKeptAsPartial() {
        model.stallAfter("Thinking");
        CompletableFuture<ApiResponse> pending = api.sendAsync(api.request("/v1/chat/stream", token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("""
                        {"messages": [{"role": "user", "content": "Hi"}], "stream": false}""")));
        await().atMost(Duration.ofSeconds(10)).until(() -> model.requests().size() == 1);

        api.post("/v1/auth/logout", "", token);

        ApiResponse response = pending.orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Credentials revoked");
        String again = api.logIn("alice", TestCore.PASSWORD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/v1/chat/history", again).json().path("sessions").get(0).path("messages").get(1)
                        .path("status").asText()).isEqualTo("partial"));
    }

    @Test
    void anotherUsersLogoutLeavesAStreamRunningToTheEnd() {
        String bob = api.core().tokenFor("bob");
        CountDownLatch aliceEnded = new CountDownLatch(1);
        AtomicInteger pieces = new AtomicInteger();
        model.stallAfter("Alice's");

        try (OpenStream aliceStream = api.openStream(ChatStreamTest.chat("Hi"), token)) {
            assertThat(aliceStream.nextDataLine()).isEqualTo("data: Alice's");
            // Bob's reply waits after its first piece until Alice's stream has ended, then goes on.
            model.replyWith("Bob's", " whole", " reply").beforeEachPiece(() -> {
                if (pieces.incrementAndGet() == 2) {
                    awaitQuietly(aliceEnded);
                }
            });
            try (OpenStream bobStream = api.openStream(ChatStreamTest.chat("Hi"), bob)) {
                assertThat(bobStream.nextDataLine()).isEqualTo("data: Bob's");

                api.post("/v1/auth/logout", "", token);
                assertThat(aliceStream.remainingEvents()).isEqualTo(REVOKED);
                // Bob's stream stays silent but alive for several re-checks of his credential.
                for (int beat = 0; beat < 5; beat++) {
                    assertThat(bobStream.nextLine()).isEqualTo(": keep-alive");
                }
                aliceEnded.countDown();

                assertThat(bobStream.remainingEvents()).containsExactly(new Event("message", " whole"),
                        new Event("message", " reply"), new Event("message", "[DONE]"));
            }
        }
    }

    /** Opens a stalled stream for Alice, runs {@code revoke}, and returns the session once the stream has ended as revoked. */
    private String streamUntilRevoked(Runnable revoke) {
        model.stallAfter("Once upon", " a time");
        try (OpenStream stream = api.openStream(ChatStreamTest.chat("Tell me a story"), token)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.nextDataLine()).isEqualTo("data: Once upon");
            assertThat(stream.nextDataLine()).isEqualTo("data:  a time");

            revoke.run();

            CompletableFuture<List<Event>> rest = CompletableFuture.supplyAsync(stream::remainingEvents);
            await().atMost(Duration.ofSeconds(10)).until(rest::isDone);
            assertThat(rest.join()).isEqualTo(REVOKED);
            return stream.sessionId();
        }
    }

    private void assertPartial(String sessionId, String freshToken) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode messages = api.get("/v1/chat/sessions/" + sessionId, freshToken).json().path("messages");
            assertThat(messages.size()).isEqualTo(2);
            assertThat(messages.get(1).path("status").asText()).isEqualTo("partial");
            assertThat(messages.get(1).path("content").asText()).isEqualTo("Once upon a time");
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
