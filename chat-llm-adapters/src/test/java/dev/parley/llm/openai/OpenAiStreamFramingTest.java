package dev.parley.llm.openai;

import static dev.parley.llm.openai.FakeOpenAi.json;
import static dev.parley.llm.openai.FakeOpenAi.sse;
import static dev.parley.llm.openai.OpenAiChatModelTest.request;
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
import org.junit.jupiter.params.provider.EnumSource;

/** How the adapter reads the bytes of a streamed reply: SSE framing, and the limits on what it holds in memory. */
class OpenAiStreamFramingTest {

    private static final int MIB = 1024 * 1024;

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();
    private final OpenAiChatModel model = new OpenAiChatModel(fake.settings("sk-test"), http.client());

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    enum LineEnding {
        LF("\n"), CRLF("\r\n"), CR("\r");

        final String bytes;

        LineEnding(String bytes) {
            this.bytes = bytes;
        }
    }

    @ParameterizedTest
    @EnumSource(LineEnding.class)
    void recordedStreamReadsTheSameWhateverItsLineEndings(LineEnding ending) {
        String transcript = Transcripts.read("chat-stream.sse").replace("\n", ending.bytes);
        fake.enqueue(sse(transcript));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactlyElementsOf(FakeOpenAi.TRANSCRIPT_PIECES);
        assertThat(reply).isEqualTo(new ModelReply("Roses are red,\nviolets are blue.", new TokenUsage(24, 9), "stop"));
    }

    @Test
    void eventWhoseDataSpansSeveralLinesIsJoinedBeforeDecoding() {
        fake.enqueue(sse("data: {\"choices\":[{\"index\":0,\n"
                + "data:   \"delta\":{\"content\":\"Hi\"},\n"
                + "data: \"finish_reason\":\"stop\"}]}\n\n"
                + "data: [DONE]\n\n"));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactly("Hi");
        assertThat(reply).isEqualTo(new ModelReply("Hi", null, "stop"));
    }

    @Test
    void trailingGarbageAfterAChunkIsAProtocolFailure() {
        fake.enqueue(sse(Transcripts.streamStart("Hi")
                + "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]} {\"choices\":[]}\n\n"
                + "data: [DONE]\n\n"));

        assertThat(streamFailure().kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void lineThatNeverEndsIsAProtocolFailureOnceItPassesTheLimitAndHangsUpOnTheProvider() {
        fake.enqueue(fake.endlessLineAfter(Transcripts.streamStart("Hi"), 16 * MIB));
        OpenAiChatModel patient = new OpenAiChatModel(fake.settings("sk-test", Duration.ofSeconds(3)), http.client());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> patient.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("fake-openai").contains("1 MiB").doesNotContain("xxxx");
        await().atMost(Duration.ofSeconds(5)).until(fake::clientHungUp);
    }

    @Test
    void overLongLineThatDoesEndIsAProtocolFailure() {
        fake.enqueue(bigSse(Transcripts.streamStart("Hi") + "data: \"" + "x".repeat(MIB) + "\"\n\n"));

        ProviderException failure = streamFailure();

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("1 MiB").doesNotContain("xxxx");
    }

    @Test
    void overLongEventOfShortLinesIsAProtocolFailure() {
        // Valid JSON once the lines are joined, so only the size of the event can fail it.
        String padding = ("data: " + "1,".repeat(MIB / 8) + "\n").repeat(5);
        fake.enqueue(bigSse(Transcripts.streamStart("Hi") + "data: {\"choices\":[],\"pad\":[\n" + padding
                + "data: 1]}\n\n"));

        ProviderException failure = streamFailure();

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("1M characters");
    }

    @Test
    void replyThatKeepsStreamingPastTheLimitIsAProtocolFailure() {
        String event = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                + "z".repeat(MIB / 2) + "\"}}]}\n\n";
        fake.enqueue(bigSse(Transcripts.streamStart("Hi") + event.repeat(17)));
        List<Integer> pieceSizes = new ArrayList<>();

        ProviderException failure = catchThrowableOfType(ProviderException.class, () -> model.stream(
                request(GenerationOptions.DEFAULTS), piece -> pieceSizes.add(piece.length()),
                new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("8M characters");
        assertThat(pieceSizes.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(8 * MIB);
    }

    @Test
    void oversizedWholeReplyIsAProtocolFailure() {
        fake.enqueue(json(200, Transcripts.completion("w".repeat(8 * MIB), null)));

        ProviderException failure = generateFailure();

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("8 MiB");
    }

    @Test
    void oversizedWholeReplyOfUnannouncedLengthIsAProtocolFailure() {
        fake.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .chunkedBody(Transcripts.completion("w".repeat(8 * MIB), null), 64 * 1024).build());

        assertThat(generateFailure().kind()).isEqualTo(Kind.PROTOCOL);
    }

    private static MockResponse bigSse(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .chunkedBody(body, 64 * 1024).build();
    }

    private ProviderException streamFailure() {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal()));
        assertThat(failure).as("the stream should have failed").isNotNull();
        return failure;
    }

    private ProviderException generateFailure() {
        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal()));
        assertThat(failure).as("the call should have failed").isNotNull();
        return failure;
    }
}
