package dev.parley.llm.anthropic;

import static dev.parley.llm.anthropic.FakeAnthropic.json;
import static dev.parley.llm.anthropic.FakeAnthropic.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.resilience.ResilienceSettings;
import dev.parley.llm.resilience.ResilientChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries and time limits around Anthropic's Messages API, which overloads with 529 and keeps streams alive with pings. */
class ResilientAnthropicTest {

    private static final ResilienceSettings SETTINGS = new ResilienceSettings(Duration.ofSeconds(5),
            Duration.ofSeconds(5), Duration.ofSeconds(20), 3, Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofSeconds(5));

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final ProviderHttp http = ProviderHttp.create();
    private final ResilientChatModel model = new ResilientChatModel("fake-anthropic",
            new AnthropicChatModel(fake.settings("sk-ant-test"), http.client()), SETTINGS);
    private final List<String> pieces = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void anOverloadedProviderIsRetriedAfterItsRetryAfter() {
        fake.enqueue(new MockResponse.Builder(json(529, AnthropicTranscripts.read("error-529.json")))
                .setHeader("retry-after", "0").build());
        fake.enqueue(sse(AnthropicTranscripts.read("messages-stream.sse")));

        ModelReply reply = model.stream(AnthropicChatModelTest.request(GenerationOptions.DEFAULTS), pieces::add,
                new CancellationSignal());

        assertThat(reply.text()).isEqualTo(FakeAnthropic.TRANSCRIPT_TEXT);
        assertThat(pieces).containsExactlyElementsOf(FakeAnthropic.TRANSCRIPT_PIECES);
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void pingsAreNotPiecesSoAStreamOfOnlyPingsTimesOutAsIdle() {
        fake.enqueue(fake.pingsAfter(AnthropicTranscripts.streamStart("Roses")));

        ResilientChatModel impatient = new ResilientChatModel("fake-anthropic",
                new AnthropicChatModel(fake.settings("sk-ant-test"), http.client()),
                SETTINGS.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofSeconds(20)));

        ProviderException failure = catchThrowableOfType(ProviderException.class, () -> impatient.stream(
                AnthropicChatModelTest.request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.provider()).isEqualTo("fake-anthropic");
        assertThat(failure.getMessage()).isEqualTo("The model stopped sending for 300 ms in the middle of its reply.");
        assertThat(pieces).containsExactly("Roses");
        assertThat(fake.requestCount()).isEqualTo(1);
    }
}
