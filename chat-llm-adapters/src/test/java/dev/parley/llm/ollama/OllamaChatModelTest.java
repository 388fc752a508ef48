package dev.parley.llm.ollama;

import static dev.parley.llm.http.FakeProviderServer.bodyOf;
import static dev.parley.llm.ollama.FakeOllama.json;
import static dev.parley.llm.ollama.FakeOllama.ndjson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OllamaChatModelTest {

    private final FakeOllama fake = FakeOllama.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void streamHandsEveryContentPieceInOrderAndReturnsTextCountsAndDoneReason() {
        fake.enqueue(ndjson(OllamaTranscripts.read("chat-stream.ndjson")));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model().stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactlyElementsOf(OllamaTranscripts.PIECES);
        assertThat(reply).isEqualTo(new ModelReply(OllamaTranscripts.REPLY, OllamaTranscripts.USAGE, "stop"));
    }

    @Test
    void streamedRequestCarriesModelMessagesAndOptionsInOllamasNames() {
        fake.enqueue(ndjson(OllamaTranscripts.read("chat-stream.ndjson")));

        model().stream(request(new GenerationOptions(0.3, 128)), piece -> { }, new CancellationSignal());

        RecordedRequest recorded = fake.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/api/chat");
        JsonNode body = bodyOf(recorded);
        assertThat(body.path("model").asText()).isEqualTo("llama3.2");
        assertThat(body.path("messages")).hasSize(3);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("You are terse.");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(body.path("messages").get(2).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(2).path("content").asText()).isEqualTo("A poem, please.\nShort.");
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("options").path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(128);
        assertThat(body.has("temperature")).isFalse();
        assertThat(body.has("max_tokens")).isFalse();
    }

    @Test
    void wholeReplyRequestSaysNotToStreamAndLeavesUnsetOptionsToTheModel() {
        fake.enqueue(json(200, OllamaTranscripts.read("chat.json")));

        model().generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        JsonNode body = bodyOf(fake.takeRequest());
        // Ollama streams when "stream" is missing, so false must be written out.
        assertThat(body.path("stream").isBoolean()).isTrue();
        assertThat(body.path("stream").asBoolean()).isFalse();
        assertThat(body.has("options")).isFalse();
    }

    @Test
    void onlyTheOptionThatIsSetIsSent() {
        fake.enqueue(json(200, OllamaTranscripts.read("chat.json")));

        model().generate(request(new GenerationOptions(null, 64)), new CancellationSignal());

        JsonNode options = bodyOf(fake.takeRequest()).path("options");
        assertThat(options.path("num_predict").asInt()).isEqualTo(64);
        assertThat(options.has("temperature")).isFalse();
    }

    @Test
    void generateReturnsTheWholeReplyWithCountsAndDoneReason() {
        fake.enqueue(json(200, OllamaTranscripts.read("chat.json")));

        ModelReply reply = model().generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(reply).isEqualTo(new ModelReply(OllamaTranscripts.REPLY, OllamaTranscripts.USAGE, "stop"));
    }

    @Test
    void replyWithoutThePromptCountHasNoUsageRatherThanAWrongOne() {
        // Ollama has left prompt_eval_count out when the whole prompt came from its cache.
        fake.enqueue(ndjson(OllamaTranscripts.piece("Hi")
                + "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"done_reason\":\"stop\",\"done\":true,\"eval_count\":1,\"eval_duration\":51000000}\n"));

        ModelReply reply = model().stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal());

        assertThat(reply).isEqualTo(new ModelReply("Hi", null, "stop"));
    }

    @Test
    void contentOnTheDoneLineIsPartOfTheReply() {
        fake.enqueue(ndjson(OllamaTranscripts.piece("Hi")
                + "{\"message\":{\"role\":\"assistant\",\"content\":\" there\"},"
                + "\"done\":true,\"done_reason\":\"length\"}\n"));
        List<String> pieces = new ArrayList<>();

        ModelReply reply = model().stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactly("Hi", " there");
        assertThat(reply).isEqualTo(new ModelReply("Hi there", null, "length"));
    }

    @ParameterizedTest(name = "OLLAMA_HOST={0}")
    @ValueSource(strings = {"host:port", "http://host:port", "http://host:port/", "  host:port  "})
    void everyFormOfTheHostReachesTheChatEndpoint(String form) {
        fake.enqueue(json(200, OllamaTranscripts.read("chat.json")));
        String host = form.replace("host:port", fake.host());

        new OllamaChatModel(OllamaSettings.of(host), http.client())
                .generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(fake.takeRequest().getUrl().encodedPath()).isEqualTo("/api/chat");
    }

    @Test
    void hostWithAPathReachesTheChatEndpointBelowIt() {
        fake.enqueue(json(200, OllamaTranscripts.read("chat.json")));

        new OllamaChatModel(OllamaSettings.of(fake.host() + "/ollama/"), http.client())
                .generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        assertThat(fake.takeRequest().getUrl().encodedPath()).isEqualTo("/ollama/api/chat");
    }

    @Test
    void oneModelServesConcurrentStreams() throws Exception {
        fake.answerAlways(OllamaTranscripts.read("chat-stream.ndjson"), OllamaTranscripts.read("chat.json"));
        OllamaChatModel model = model();
        List<Future<String>> texts = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                texts.add(threads.submit(() -> model.stream(request(GenerationOptions.DEFAULTS), piece -> { },
                        new CancellationSignal()).text()));
            }
            for (Future<String> text : texts) {
                assertThat(text.get(10, TimeUnit.SECONDS)).isEqualTo(OllamaTranscripts.REPLY);
            }
        }
    }

    private OllamaChatModel model() {
        return new OllamaChatModel(fake.settings(), http.client());
    }

    static ModelRequest request(GenerationOptions options) {
        return new ModelRequest("llama3.2", List.of(
                new PromptMessage(Role.SYSTEM, "You are terse."),
                new PromptMessage(Role.ASSISTANT, "Hello."),
                new PromptMessage(Role.USER, "A poem, please.\nShort.")), options);
    }
}
