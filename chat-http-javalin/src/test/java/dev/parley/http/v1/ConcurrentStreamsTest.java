package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.HttpSettings;
import dev.parley.http.OpenStream;
import dev.parley.http.RunningApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user may have only so many replies running at once (4 by default); the slots come back however replies end. */
class ConcurrentStreamsTest {

    private static final String WHOLE = """
            {"messages": [{"role": "user", "content": "Hi"}], "stream": false}""";

    private RunningApi api;
    private ScriptedChatModel model;
    private String alice;

    @BeforeEach
    void start() {
        api = RunningApi.start(RunningApi.settings().withMaxConcurrentStreams(HttpSettings.DEFAULT_MAX_CONCURRENT_STREAMS));
        model = api.core().model();
        alice = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aFifthConcurrentReplyIsRefusedWith429BeforeAnythingIsStoredAndAcceptedOnceOneEnds() {
        List<OpenStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                model.stallAfter("Thinking");
                OpenStream stream = api.openStream(ChatStreamTest.chat("Story " + i), alice);
                streams.add(stream);
                assertThat(stream.nextDataLine()).isEqualTo("data: Thinking");
            }

            ApiResponse streamed = api.post("/v1/chat/stream", ChatStreamTest.chat("One more"), alice);
            ApiResponse whole = api.post("/v1/chat/stream", WHOLE, alice);

            assertThat(streamed.status()).isEqualTo(429);
            assertThat(streamed.body()).isEqualTo("{\"detail\":\"Too many concurrent streams\"}");
            assertThat(whole.status()).isEqualTo(429);
            assertThat(api.get("/v1/chat/history", alice).json().path("sessions").size()).isEqualTo(4);
            assertThat(model.requests()).hasSize(4);

            streams.removeFirst().close();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(api.post("/v1/chat/stream", ChatStreamTest.chat("Now"), alice).status()).isEqualTo(200));
        } finally {
            streams.forEach(OpenStream::close);
        }
    }

    @Test
    void anotherUsersRepliesDoNotCountAgainstTheCap() {
        List<OpenStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                model.stallAfter("Thinking");
                OpenStream stream = api.openStream(ChatStreamTest.chat("Story " + i), alice);
                streams.add(stream);
                assertThat(stream.nextDataLine()).isEqualTo("data: Thinking");
            }

            assertThat(api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), api.core().tokenFor("bob")).status())
                    .isEqualTo(200);
        } finally {
            streams.forEach(OpenStream::close);
        }
    }

    @Test
    void repliesThatCompleteOrFailGiveTheirSlotBack() {
        try (RunningApi single = RunningApi.start(RunningApi.settings().withMaxConcurrentStreams(1))) {
            String bob = single.core().tokenFor("bob");
            ScriptedChatModel scripted = single.core().model();
            ProviderException down = new ProviderException(ProviderException.Kind.UNAVAILABLE, "scripted", 503,
                    "The model provider is unavailable");

            assertThat(single.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), bob).status()).isEqualTo(200);
            scripted.failNextWith(down);
            assertThat(single.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), bob).body()).contains("event: error");
            scripted.failNextWith(down);
            assertThat(single.post("/v1/chat/stream", WHOLE, bob).status()).isEqualTo(502);
            assertThat(single.post("/v1/chat/stream", WHOLE, bob).status()).isEqualTo(200);
            assertThat(single.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), bob).status()).isEqualTo(200);
        }
    }

    @Test
    void aReplyCancelledBecauseItsCallerLoggedOutGivesItsSlotBack() {
        try (RunningApi single = RunningApi.start(RunningApi.settings().withMaxConcurrentStreams(1))) {
            String bob = single.core().tokenFor("bob");
            single.core().model().stallAfter("Thinking");
            try (OpenStream stream = single.openStream(ChatStreamTest.chat("Hi"), bob)) {
                assertThat(stream.nextDataLine()).isEqualTo("data: Thinking");
                single.post("/v1/auth/logout", "", bob);
                stream.remainingEvents();
            }

            String again = single.logIn("bob", TestCore.PASSWORD);
            assertThat(single.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), again).status()).isEqualTo(200);
        }
    }
}
