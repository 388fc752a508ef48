package dev.parley.llm.anthropic;

import static dev.parley.llm.anthropic.AnthropicChatModelTest.request;
import static dev.parley.llm.anthropic.FakeAnthropic.json;
import static dev.parley.llm.anthropic.FakeAnthropic.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the adapter reads the bytes of a streamed reply: SSE framing, and the limits on what it holds in memory. */
class AnthropicStreamFramingTest {

    private static final int MIB = 1024 * 1024;

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final ProviderHttp http = ProviderHttp.create();
    private final AnthropicChatModel model = new AnthropicChatModel(fake.settings("sk-ant-test"), http.client());

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @ParameterizedTest(name = "line ending {index}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void recordedStreamReadsTheSameWhateverItsLineEndings(String ending) {
        fake.enqueue(sse(AnthropicTranscripts.read("messages-stream.sse").replace("\n", ending)));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactlyElementsOf(FakeAnthropic.TRANSCRIPT_PIECES);
        assertThat(reply).isEqualTo(new ModelReply(FakeAnthropic.TRANSCRIPT_TEXT, new TokenUsage(24, 12), "end_turn"));
    }

    @Test
    void piecesHoldingSseSyntaxArriveByteIdentical() {
        List<String> tricky = List.of("data: x\n\n", "event: ping\r\n", ": not a comment", "\r", "[DONE]");
        fake.enqueue(sse(AnthropicTranscripts.stream(tricky, new TokenUsage(3, 5))));
        List<String> pieces = new ArrayList<>();

        model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactlyElementsOf(tricky);
    }

    @Test
    void lineThatNeverEndsIsAProtocolFailureOnceItPassesTheLimitAndHangsUpOnTheProvider() {
        fake.enqueue(fake.endlessLineAfter(AnthropicTranscripts.streamStart("Hi"), 16 * MIB));
        AnthropicChatModel patient = new AnthropicChatModel(fake.settings("sk-ant-test", Duration.ofSeconds(3)),
                http.client());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> patient.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("fake-anthropic").contains("1 MiB").doesNotContain("xxxx");
        await().atMost(Duration.ofSeconds(5)).until(fake::clientHungUp);
    }

    @Test
    void replyThatKeepsStreamingPastTheLimitIsAProtocolFailure() {
        String delta = AnthropicTranscripts.textDelta("z".repeat(MIB / 2));
        fake.enqueue(bigSse(AnthropicTranscripts.streamStart("Hi") + delta.repeat(17)));
        List<Integer> pieceSizes = new ArrayList<>();

        ProviderException failure = catchThrowableOfType(ProviderException.class, () -> model.stream(
                request(GenerationOptions.DEFAULTS), piece -> pieceSizes.add(piece.length()),
                new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("8M characters");
        assertThat(pieceSizes.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(8 * MIB);
    }

    @Test
    void oversizedWholeReplyOfUnannouncedLengthIsAProtocolFailure() {
        fake.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .chunkedBody(AnthropicTranscripts.message("w".repeat(8 * MIB), null), 64 * 1024).build());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("8 MiB");
    }

    @Test
    void oversizedWholeReplyOfAnnouncedLengthIsAProtocolFailure() {
        fake.enqueue(json(200, AnthropicTranscripts.message("w".repeat(8 * MIB), null)));

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
    }

    private static MockResponse bigSse(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .chunkedBody(body, 64 * 1024).build();
    }
}
