package dev.parley.llm.openai;

import static dev.parley.llm.http.FakeProviderServer.bodyOf;
import static dev.parley.llm.openai.FakeOpenAi.json;
import static dev.parley.llm.openai.FakeOpenAi.sse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.llm.http.ProviderHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiChatModelTest {

    private static final String REPLY = "Roses are red,\nviolets are blue.";

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void streamHandsEveryContentPieceInOrderAndReturnsTextUsageAndFinishReason() {
        fake.enqueue(sse(Transcripts.read("chat-stream.sse")));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model("sk-test").stream(request(GenerationOptions.DEFAULTS), pieces::add,
                new CancellationSignal());

        assertThat(pieces).containsExactlyElementsOf(FakeOpenAi.TRANSCRIPT_PIECES);
        assertThat(reply.text()).isEqualTo(REPLY).isEqualTo(String.join("", pieces));
        assertThat(reply.usage()).isEqualTo(new TokenUsage(24, 9));
        assertThat(reply.finishReason()).isEqualTo("stop");
    }

    @Test
    void streamedRequestCarriesModelMessagesOptionsAndAsksForUsage() {
        fake.enqueue(sse(Transcripts.read("chat-stream.sse")));

        model("sk-test").stream(request(new GenerationOptions(0.3, 128)), piece -> { }, new CancellationSignal());

        RecordedRequest recorded = fake.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        JsonNode body = bodyOf(recorded);
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("messages")).hasSize(3);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(body.path("messages").get(2).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(2).path("content").asText()).isEqualTo("A poem, please.\nShort.");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(128);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
    }

    @Test
    void wholeReplyRequestLeavesUnsetOptionsToTheProviderAndDoesNotStream() {
        fake.enqueue(json(200, Transcripts.read("chat-completion.json")));

        model("sk-test").generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        JsonNode body = bodyOf(fake.takeRequest());
        assertThat(body.path("stream").isBoolean()).isTrue();
        assertThat(body.path("stream").asBoolean()).isFalse();
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("max_tokens")).isFalse();
        assertThat(body.has("stream_options")).isFalse();
    }

    @Test
    void generateReturnsTheWholeCompletionWithUsageAndFinishReason() {
        fake.enqueue(json(200, Transcripts.read("chat-completion.json")));

        ModelReply reply = model("sk-test").generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(reply).isEqualTo(new ModelReply(REPLY, new TokenUsage(24, 9), "stop"));
    }

    @Test
    void apiKeyTravelsAsBearerToken() {
        fake.enqueue(json(200, Transcripts.read("chat-completion.json")));

        model("sk-test-key").generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(fake.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer sk-test-key");
    }

    @Test
    void withoutApiKeyNoAuthorizationHeaderIsSent() {
        fake.enqueue(json(200, Transcripts.read("chat-completion.json")));

        model(null).generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(fake.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void baseUrlWithTrailingSlashReachesTheSameEndpoint() {
        fake.enqueue(json(200, Transcripts.read("chat-completion.json")));
        OpenAiChatModel model = new OpenAiChatModel(OpenAiSettings.of("fake", fake.baseUrl() + "/", null),
                http.client());

        model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(fake.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    }

    @Test
    void streamToleratesCommentsOtherFieldsDataWithoutSpaceAndMissingDone() {
        fake.enqueue(sse(": connected\n\nevent: message\nid: 1\nretry: 3000\n"
                + "data:{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n"
                + "data:{\"choices\":[{\"index\":0,\"delta\":{\"content\":null}}]}\n\n"
                + "data:{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n"
                + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" there\"},"
                + "\"finish_reason\":\"length\"}]}\n"
                + "\n"));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model(null).stream(request(GenerationOptions.DEFAULTS), pieces::add,
                new CancellationSignal());

        assertThat(pieces).containsExactly("Hi", " there");
        assertThat(reply).isEqualTo(new ModelReply("Hi there", null, "length"));
    }

    @Test
    void oneModelServesConcurrentStreams() throws Exception {
        fake.answerAlways(Transcripts.read("chat-stream.sse"), Transcripts.read("chat-completion.json"));
        OpenAiChatModel model = model("sk-test");
        List<Future<String>> texts = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                texts.add(threads.submit(() -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { },
                        new CancellationSignal()).text()));
            }
            for (Future<String> text : texts) {
                assertThat(text.get(10, TimeUnit.SECONDS)).isEqualTo(REPLY);
            }
        }
    }

    private OpenAiChatModel model(String apiKey) {
        return new OpenAiChatModel(fake.settings(apiKey), http.client());
    }

    static ModelRequest request(GenerationOptions options) {
        return new ModelRequest("gpt-4o-mini", List.of(
                new PromptMessage(Role.SYSTEM, "You are terse."),
                new PromptMessage(Role.ASSISTANT, "Hello."),
                new PromptMessage(Role.USER, "A poem, please.\nShort.")), options);
    }
}
