package dev.parley.llm.ollama;

import static dev.parley.llm.ollama.FakeOllama.bigNdjson;
import static dev.parley.llm.ollama.FakeOllama.ndjson;
import static dev.parley.llm.ollama.OllamaChatModelTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the adapter reads the bytes of a streamed reply: NDJSON framing, and the limits on what it holds in memory. */
class OllamaStreamFramingTest {

    private static final int MIB = 1024 * 1024;
    private static final ModelReply RECORDED =
            new ModelReply(OllamaTranscripts.REPLY, OllamaTranscripts.USAGE, "stop");

    private final FakeOllama fake = FakeOllama.start();
    private final ProviderHttp http = ProviderHttp.create();
    private final OllamaChatModel model = new OllamaChatModel(fake.settings(), http.client());

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void recordedStreamWithCrlfLineEndingsReadsTheSame() {
        fake.enqueue(ndjson(OllamaTranscripts.read("chat-stream.ndjson").replace("\n", "\r\n")));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactlyElementsOf(OllamaTranscripts.PIECES);
        assertThat(reply).isEqualTo(RECORDED);
    }

    @Test
    void blankLinesBetweenObjectsAreSkipped() {
        fake.enqueue(ndjson("\n" + OllamaTranscripts.read("chat-stream.ndjson").replace("\n", "\n  \n")));

        ModelReply reply = model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal());

        assertThat(reply).isEqualTo(RECORDED);
    }

    @Test
    void lastLineWithoutItsLineBreakStillEndsTheReply() {
        String transcript = OllamaTranscripts.read("chat-stream.ndjson");
        fake.enqueue(ndjson(transcript.substring(0, transcript.length() - 1)));

        ModelReply reply = model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal());

        assertThat(reply).isEqualTo(RECORDED);
    }

    @Test
    void piecesOfEveryKindOfTextArriveByteIdentical() {
        List<String> awkward = List.of("line\nbreak", "\r\n", "data: not SSE", "event: x", "\"quoted\"", " ✓ 🦙",
                "\\n stays two characters", "{\"json\":true}");
        fake.enqueue(ndjson(OllamaTranscripts.stream(awkward, OllamaTranscripts.USAGE)));
        List<String> pieces = new ArrayList<>();

        model.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactlyElementsOf(awkward);
    }

    @Test
    void trailingGarbageAfterAnObjectIsAProtocolFailure() {
        fake.enqueue(ndjson(OllamaTranscripts.piece("Hi") + "{\"done\":true} {\"done\":false}\n"));

        assertThat(streamFailure().kind()).isEqualTo(Kind.PROTOCOL);
    }

    @Test
    void lineThatNeverEndsIsAProtocolFailureOnceItPassesTheLimitAndHangsUpOnTheServer() {
        fake.enqueue(fake.endlessLineAfter(OllamaTranscripts.piece("Hi"), 16 * MIB));
        OllamaChatModel patient = new OllamaChatModel(fake.settings(Duration.ofSeconds(3)), http.client());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> patient.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("fake-ollama").contains("1 MiB").doesNotContain("xxxx");
        await().atMost(Duration.ofSeconds(5)).until(fake::clientHungUp);
    }

    @Test
    void overLongLineThatDoesEndIsAProtocolFailure() {
        fake.enqueue(bigNdjson(OllamaTranscripts.piece("Hi") + OllamaTranscripts.piece("x".repeat(MIB))));

        ProviderException failure = streamFailure();

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("1 MiB").doesNotContain("xxxx");
    }

    @Test
    void lineJustUnderTheLimitIsRead() {
        String big = "y".repeat(MIB - 200);
        fake.enqueue(bigNdjson(OllamaTranscripts.piece(big) + OllamaTranscripts.doneLine(null)));

        ModelReply reply = model.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal());

        assertThat(reply.text()).isEqualTo(big);
    }

    @Test
    void replyThatKeepsStreamingPastTheLimitIsAProtocolFailure() {
        String line = OllamaTranscripts.piece("z".repeat(MIB / 2));
        fake.enqueue(bigNdjson(OllamaTranscripts.piece("Hi") + line.repeat(17)));
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
        fake.enqueue(FakeOllama.json(200, OllamaTranscripts.reply("w".repeat(8 * MIB), null)));

        ProviderException failure = generateFailure();

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("8 MiB");
    }

    @Test
    void oversizedWholeReplyOfUnannouncedLengthIsAProtocolFailure() {
        fake.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .chunkedBody(OllamaTranscripts.reply("w".repeat(8 * MIB), null), 64 * 1024).build());

        assertThat(generateFailure().kind()).isEqualTo(Kind.PROTOCOL);
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
