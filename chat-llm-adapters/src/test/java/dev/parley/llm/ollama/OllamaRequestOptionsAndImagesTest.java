package dev.parley.llm.ollama;

import static dev.parley.llm.http.FakeProviderServer.bodyOf;
import static dev.parley.llm.ollama.FakeOllama.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.llm.http.ProviderHttp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the Ollama adapter writes for sampling options and images. */
class OllamaRequestOptionsAndImagesTest {

    private static final String PNG_BYTES = "iVBORw0KGgoAAAANSUhEUgAAAAE=";
    private static final String PNG = "data:image/png;base64," + PNG_BYTES;
    private static final String PHOTO = "https://images.example.com/cat.jpg";

    private final FakeOllama fake = FakeOllama.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void everySamplingOptionGivenTravelsInOllamasOptions() {
        JsonNode body = sent(model(null), OllamaChatModelTest.request(
                new GenerationOptions(0.3, 128, 0.9, List.of("\n\n", "END"), 42L)));

        assertThat(body.path("options")).isEqualTo(tree("""
                {"temperature": 0.3, "num_predict": 128, "top_p": 0.9, "stop": ["\\n\\n", "END"], "seed": 42}"""));
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("model", "messages", "stream", "options");
    }

    @Test
    void onlyTheNewOptionsGivenAreSent() {
        JsonNode body = sent(model(null), OllamaChatModelTest.request(
                new GenerationOptions(null, null, 0.5, List.of(), 7L)));

        assertThat(body.path("options")).isEqualTo(tree("{\"top_p\": 0.5, \"seed\": 7}"));
    }

    @Test
    void aSeedAloneIsSent() {
        JsonNode body = sent(model(null), OllamaChatModelTest.request(
                new GenerationOptions(null, null, null, List.of(), 7L)));

        assertThat(body.path("options")).isEqualTo(tree("{\"seed\": 7}"));
    }

    @Test
    void stopSequencesAloneAreSent() {
        JsonNode body = sent(model(null), OllamaChatModelTest.request(
                new GenerationOptions(null, null, null, List.of("END"), null)));

        assertThat(body.path("options")).isEqualTo(tree("{\"stop\": [\"END\"]}"));
    }

    @Test
    void noOptionGivenMeansNoOptionsAndMessagesWithoutImagesHaveNoImagesField() {
        JsonNode body = sent(model(null), OllamaChatModelTest.request(GenerationOptions.DEFAULTS));

        assertThat(fieldNames(body)).containsExactlyInAnyOrder("model", "messages", "stream");
        body.path("messages").forEach(message ->
                assertThat(fieldNames(message)).containsExactlyInAnyOrder("role", "content"));
    }

    @Test
    void inlineImagesTravelAsTheirBase64BytesBesideTheText() {
        JsonNode body = sent(model(null), withImages(PNG, PNG));

        assertThat(body.path("messages").get(0)).isEqualTo(tree("""
                {"role": "user", "content": "What is this?", "images": ["%s", "%s"]}""".formatted(PNG_BYTES, PNG_BYTES)));
    }

    @Test
    void anImageUrlIsRefusedAsInvalidInputWithoutCallingOllamaWhenNothingFetchesIt() {
        OllamaChatModel model = model(null);

        assertThatThrownBy(() -> model.generate(withImages(PNG, PHOTO), new CancellationSignal()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("images");
                    assertThat(e.getMessage()).contains("Ollama takes inline images only (data: URLs)");
                });
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void anImageUrlIsFetchedByTheRemoteImagesGiven() {
        List<String> fetched = new ArrayList<>();
        RemoteImages remote = url -> {
            fetched.add(url);
            return "ZmV0Y2hlZA==";
        };

        JsonNode body = sent(model(remote), withImages(PHOTO, PNG));

        assertThat(fetched).containsExactly(PHOTO);
        assertThat(body.path("messages").get(0).path("images")).isEqualTo(tree("[\"ZmV0Y2hlZA==\", \"%s\"]"
                .formatted(PNG_BYTES)));
    }

    @Test
    void aFetchThatIsRefusedEndsTheCallWithTheRefusalUnchanged() {
        InvalidInputException refusal = new InvalidInputException("images", "that address is not allowed");
        OllamaChatModel model = model(url -> {
            throw refusal;
        });

        assertThatThrownBy(() -> model.stream(withImages(PHOTO), piece -> { }, new CancellationSignal()))
                .isSameAs(refusal);
        assertThat(fake.requestCount()).isZero();
    }

    private static ModelRequest withImages(String... urls) {
        return new ModelRequest("llava", List.of(new PromptMessage(Role.USER, "What is this?",
                java.util.Arrays.stream(urls).map(ImageInput::new).toList())), GenerationOptions.DEFAULTS);
    }

    private JsonNode sent(OllamaChatModel model, ModelRequest request) {
        fake.enqueue(json(200, OllamaTranscripts.read("chat.json")));
        model.generate(request, new CancellationSignal());
        return bodyOf(fake.takeRequest());
    }

    private OllamaChatModel model(RemoteImages remoteImages) {
        return new OllamaChatModel(fake.settings(), http.client(), remoteImages);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode tree(String json) {
        try {
            return JsonMapper.builder().build().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
