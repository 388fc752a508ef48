package dev.parley.llm.anthropic;

import static dev.parley.llm.anthropic.AnthropicTranscripts.event;
import static dev.parley.llm.anthropic.AnthropicTranscripts.textDelta;
import static dev.parley.llm.anthropic.FakeAnthropic.TRANSCRIPT_TEXT;
import static dev.parley.llm.http.FakeProviderServer.bodyOf;
import static dev.parley.llm.anthropic.FakeAnthropic.json;
import static dev.parley.llm.anthropic.FakeAnthropic.sse;
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

class AnthropicChatModelTest {

    private static final String MODEL = "claude-3-5-haiku-20241022";

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void streamHandsEveryTextPieceInOrderAndReturnsTextUsageAndStopReason() {
        fake.enqueue(sse(AnthropicTranscripts.read("messages-stream.sse")));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model("sk-ant-test").stream(request(GenerationOptions.DEFAULTS), pieces::add,
                new CancellationSignal());

        assertThat(pieces).containsExactlyElementsOf(FakeAnthropic.TRANSCRIPT_PIECES);
        assertThat(reply).isEqualTo(new ModelReply(TRANSCRIPT_TEXT, new TokenUsage(24, 12), "end_turn"));
        assertThat(reply.text()).isEqualTo(String.join("", pieces));
    }

    @Test
    void streamedRequestCarriesKeyVersionModelMaxTokensSystemMessagesTemperatureAndStream() {
        fake.enqueue(sse(AnthropicTranscripts.read("messages-stream.sse")));

        model("sk-ant-test-key").stream(request(new GenerationOptions(0.3, 128)), piece -> { },
                new CancellationSignal());

        RecordedRequest recorded = fake.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(recorded.getHeaders().get("x-api-key")).isEqualTo("sk-ant-test-key");
        assertThat(recorded.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(recorded.getHeaders().get("Authorization")).isNull();
        assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = bodyOf(recorded);
        assertThat(body.path("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(128);
        assertThat(body.path("system").asText()).isEqualTo("You are terse.");
        assertThat(roles(body)).containsExactly("user", "assistant", "user");
        assertThat(body.path("messages").get(2).path("content").asText()).isEqualTo("A poem, please.\nShort.");
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.path("stream").asBoolean()).isTrue();
    }

    @Test
    void requestWithoutMaxTokensSendsTheDefaultBecauseAnthropicRequiresOne() {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));

        model("sk-ant-test").generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        JsonNode body = bodyOf(fake.takeRequest());
        assertThat(body.path("max_tokens").asInt()).isEqualTo(AnthropicSettings.DEFAULT_MAX_TOKENS).isEqualTo(1024);
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.path("stream").isBoolean()).isTrue();
        assertThat(body.path("stream").asBoolean()).isFalse();
    }

    @Test
    void configuredDefaultMaxTokensIsSentWhenTheRequestSetsNone() {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));
        AnthropicChatModel model = new AnthropicChatModel(fake.settings("sk-ant-test").withDefaultMaxTokens(4096),
                http.client());

        model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(bodyOf(fake.takeRequest()).path("max_tokens").asInt()).isEqualTo(4096);
    }

    @Test
    void systemPromptsTravelJoinedInTheSystemFieldAndSameRoleTurnsAreMergedSoRolesAlternate() {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));
        ModelRequest request = new ModelRequest(MODEL, List.of(
                new PromptMessage(Role.SYSTEM, "You are terse."),
                new PromptMessage(Role.USER, "Here is a file."),
                new PromptMessage(Role.USER, "Summarise it."),
                new PromptMessage(Role.SYSTEM, "Answer in English."),
                new PromptMessage(Role.ASSISTANT, "It is a poem."),
                new PromptMessage(Role.ASSISTANT, "About roses."),
                new PromptMessage(Role.USER, "Thanks.")), GenerationOptions.DEFAULTS);

        model("sk-ant-test").generate(request, new CancellationSignal());

        JsonNode body = bodyOf(fake.takeRequest());
        assertThat(body.path("system").asText()).isEqualTo("You are terse.\n\nAnswer in English.");
        assertThat(roles(body)).containsExactly("user", "assistant", "user");
        assertThat(contents(body)).containsExactly("Here is a file.\n\nSummarise it.", "It is a poem.\n\nAbout roses.",
                "Thanks.");
    }

    @Test
    void conversationWithoutSystemPromptSendsNoSystemField() {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));
        ModelRequest request = new ModelRequest(MODEL, List.of(new PromptMessage(Role.USER, "Hi")),
                GenerationOptions.DEFAULTS);

        model("sk-ant-test").generate(request, new CancellationSignal());

        JsonNode body = bodyOf(fake.takeRequest());
        assertThat(body.has("system")).isFalse();
        assertThat(contents(body)).containsExactly("Hi");
    }

    @Test
    void temperatureAboveAnthropicsMaximumIsSentAsItsMaximum() {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));
        AnthropicChatModel model = model("sk-ant-test");

        model.generate(request(new GenerationOptions(1.7, null)), new CancellationSignal());
        model.generate(request(new GenerationOptions(0.0, null)), new CancellationSignal());

        assertThat(bodyOf(fake.takeRequest()).path("temperature").asDouble()).isEqualTo(1.0);
        assertThat(bodyOf(fake.takeRequest()).path("temperature").asDouble()).isEqualTo(0.0);
    }

    @Test
    void generateReturnsTheWholeMessageWithUsageAndStopReason() {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));

        ModelReply reply = model("sk-ant-test").generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(reply).isEqualTo(new ModelReply(TRANSCRIPT_TEXT, new TokenUsage(24, 12), "end_turn"));
        assertThat(fake.takeRequest().getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void wholeMessageJoinsItsTextBlocksAndSkipsOthers() {
        fake.enqueue(json(200, "{\"type\":\"message\",\"role\":\"assistant\",\"content\":["
                + "{\"type\":\"thinking\",\"thinking\":\"hmm\",\"signature\":\"c2ln\"},"
                + "{\"type\":\"text\",\"text\":\"Roses \"},"
                + "{\"type\":\"tool_use\",\"id\":\"toolu_01\",\"name\":\"lookup\",\"input\":{}},"
                + "{\"type\":\"text\",\"text\":\"are red.\"}],"
                + "\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":5,\"output_tokens\":4}}"));

        ModelReply reply = model("sk-ant-test").generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(reply).isEqualTo(new ModelReply("Roses are red.", new TokenUsage(5, 4), "end_turn"));
    }

    @Test
    void promptTokensIncludeThoseServedFromAnthropicsCache() {
        fake.enqueue(sse(event("message_start", "{\"type\":\"message_start\",\"message\":{\"type\":\"message\","
                + "\"content\":[],\"usage\":{\"input_tokens\":5,\"cache_creation_input_tokens\":20,"
                + "\"cache_read_input_tokens\":100,\"output_tokens\":1}}}")
                + textDelta("Hi")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                        + "\"usage\":{\"output_tokens\":2}}")
                + event("message_stop", "{\"type\":\"message_stop\"}")));

        ModelReply reply = model("sk-ant-test").stream(request(GenerationOptions.DEFAULTS), piece -> { },
                new CancellationSignal());

        assertThat(reply.usage()).isEqualTo(new TokenUsage(125, 2));
    }

    @Test
    void streamSkipsThinkingToolInputAndEventTypesItDoesNotKnow() {
        fake.enqueue(sse(event("message_start", "{\"type\":\"message_start\",\"message\":{\"content\":[]}}")
                + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
                        + "\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                        + "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"Let me think\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                        + "\"delta\":{\"type\":\"signature_delta\",\"signature\":\"c2ln\"}}")
                + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                + event("future_event", "{\"type\":\"future_event\",\"text\":\"not for users\"}")
                + ": a comment\n\n"
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":1,"
                        + "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"q\\\":\"}}")
                + textDelta("Hi")
                + textDelta("")
                + textDelta(" there")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"max_tokens\"}}")
                + event("message_stop", "{\"type\":\"message_stop\"}")));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model(null).stream(request(GenerationOptions.DEFAULTS), pieces::add,
                new CancellationSignal());

        assertThat(pieces).containsExactly("Hi", " there");
        assertThat(reply).isEqualTo(new ModelReply("Hi there", null, "max_tokens"));
    }

    @Test
    void streamThatEndsAfterTheStopReasonButBeforeMessageStopIsComplete() {
        fake.enqueue(sse(AnthropicTranscripts.streamStart("Hi")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                        + "\"usage\":{\"output_tokens\":1}}")));

        ModelReply reply = model("sk-ant-test").stream(request(GenerationOptions.DEFAULTS), piece -> { },
                new CancellationSignal());

        assertThat(reply).isEqualTo(new ModelReply("Hi", new TokenUsage(10, 1), "end_turn"));
    }

    @Test
    void withoutApiKeyNoKeyHeaderIsSent() {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));

        model(null).generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        RecordedRequest recorded = fake.takeRequest();
        assertThat(recorded.getHeaders().get("x-api-key")).isNull();
        assertThat(recorded.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    }

    @Test
    void baseUrlWithTrailingSlashReachesTheSameEndpoint() {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));
        AnthropicChatModel model = new AnthropicChatModel(AnthropicSettings.of(fake.baseUrl() + "/", null),
                http.client());

        model.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(fake.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/messages");
    }

    @Test
    void oneModelServesConcurrentStreams() throws Exception {
        fake.answerAlways(AnthropicTranscripts.read("messages-stream.sse"), AnthropicTranscripts.read("message.json"));
        AnthropicChatModel model = model("sk-ant-test");
        List<Future<String>> texts = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                texts.add(threads.submit(() -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { },
                        new CancellationSignal()).text()));
            }
            for (Future<String> text : texts) {
                assertThat(text.get(10, TimeUnit.SECONDS)).isEqualTo(TRANSCRIPT_TEXT);
            }
        }
    }

    private AnthropicChatModel model(String apiKey) {
        return new AnthropicChatModel(fake.settings(apiKey), http.client());
    }

    private static List<String> roles(JsonNode body) {
        List<String> roles = new ArrayList<>();
        body.path("messages").forEach(message -> roles.add(message.path("role").asText()));
        return roles;
    }

    private static List<String> contents(JsonNode body) {
        List<String> contents = new ArrayList<>();
        body.path("messages").forEach(message -> contents.add(message.path("content").asText()));
        return contents;
    }

    static ModelRequest request(GenerationOptions options) {
        return new ModelRequest(MODEL, List.of(
                new PromptMessage(Role.SYSTEM, "You are terse."),
                new PromptMessage(Role.USER, "Hello."),
                new PromptMessage(Role.ASSISTANT, "Hello. What would you like?"),
                new PromptMessage(Role.USER, "A poem, please.\nShort.")), options);
    }
}
