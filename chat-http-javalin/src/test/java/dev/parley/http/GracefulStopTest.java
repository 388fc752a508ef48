package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.ListConversationsCommand;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ServerSentEvents.Event;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    private RunningApi api;
    private User alice;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().register("alice");
        token = api.core().useCases().issueToken().issue(new IssueTokenCommand("alice", TestCore.PASSWORD)).value();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void stoppingCancelsAStreamingReplyWhichIsStoredAsPartialBeforeStopReturns() {
        api.core().model().stallAfter("partial");
        try (OpenStream stream = api.openStream("""
                {"messages": [{"role": "user", "content": "Tell me everything"}]}""", token)) {
            assertThat(stream.nextDataLine()).isEqualTo("data: partial");

            long started = System.nanoTime();
            api.server().stop();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(HttpSettings.DEFAULT_SHUTDOWN_GRACE);
            Message reply = storedReply(Long.parseLong(stream.sessionId()));
            assertThat(reply.status()).isEqualTo(MessageStatus.PARTIAL);
            assertThat(reply.content()).isEqualTo("partial");
            assertThat(stream.remainingEvents()).containsExactly(
                    new Event("error", "{\"detail\":\"The server is shutting down\"}"), new Event("message", "[DONE]"));
        }
    }

    @Test
    void stoppingCancelsAWholeReplyWhichIsStoredAsPartialAndAnswered503() throws Exception {
        api.core().model().stallAfter("partial");
        CompletableFuture<ApiResponse> pending = api.sendAsync(api.request("/v1/chat/stream", token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("""
                        {"messages": [{"role": "user", "content": "Tell me everything"}], "stream": false}""")));
        await().atMost(Duration.ofSeconds(10)).until(() -> !api.core().model().requests().isEmpty());

        api.server().stop();

        ApiResponse response = pending.get(10, TimeUnit.SECONDS);
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.detail()).isEqualTo("The server is shutting down");
        assertThat(storedReply(onlySessionId()).status()).isEqualTo(MessageStatus.PARTIAL);
    }

    private Message storedReply(long sessionId) {
        List<Message> messages = api.core().useCases().getConversation()
                .get(new ConversationCommand(alice.id(), new ConversationId(sessionId))).messages();
        assertThat(messages).hasSize(2);
        return messages.get(1);
    }

    private long onlySessionId() {
        List<ConversationDetails> sessions = api.core().useCases().listConversations().list(everythingOfAlice()).items();
        assertThat(sessions).hasSize(1);
        return sessions.getFirst().conversation().id().value();
    }

    private ListConversationsCommand everythingOfAlice() {
        return new ListConversationsCommand(alice.id(), Optional.empty(), Optional.empty(), Optional.empty(), 1, 10);
    }
}
