package dev.parley.llm.openai;

import static dev.parley.llm.http.FakeProviderServer.bodyOf;
import static dev.parley.llm.openai.FakeOpenAi.json;
import static dev.parley.llm.openai.FakeOpenAi.sse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
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

/** What the OpenAI-compatible adapter writes for sampling options and images. */
class OpenAiRequestOptionsAndImagesTest {

    static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE=";
    static final String PHOTO = "https://images.example.com/cat.jpg";

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void everySamplingOptionGivenTravelsUnderOpenAisName() {
        JsonNode body = sent(OpenAiChatModelTest.request(
                new GenerationOptions(0.3, 128, 0.9, List.of("\n\n", "END"), 42L)));

        assertThat(fieldNames(body)).containsExactlyInAnyOrder(
                "model", "messages", "temperature", "max_tokens", "top_p", "stop", "seed", "stream");
        assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(body.path("stop")).isEqualTo(tree("[\"\\n\\n\", \"END\"]"));
        assertThat(body.path("seed").isIntegralNumber()).isTrue();
        assertThat(body.path("seed").asLong()).isEqualTo(42L);
    }

    @Test
    void aSeedBeyondIntTravelsWhole() {
        JsonNode body = sent(OpenAiChatModelTest.request(
                new GenerationOptions(null, null, null, List.of(), 9_007_199_254_740_993L)));

        assertThat(body.path("seed").asLong()).isEqualTo(9_007_199_254_740_993L);
    }

    @Test
    void noSamplingOptionGivenMeansNoneIsSent() {
        JsonNode body = sent(OpenAiChatModelTest.request(GenerationOptions.DEFAULTS));

        assertThat(fieldNames(body)).containsExactlyInAnyOrder("model", "messages", "stream");
    }

    @Test
    void aStreamedRequestCarriesTheOptionsToo() {
        fake.enqueue(sse(Transcripts.read("chat-stream.sse")));

        model().stream(OpenAiChatModelTest.request(new GenerationOptions(null, null, 0.5, List.of("END"), 7L)),
                piece -> { }, new CancellationSignal());

        JsonNode body = bodyOf(fake.takeRequest());
        assertThat(fieldNames(body)).containsExactlyInAnyOrder(
                "model", "messages", "top_p", "stop", "seed", "stream", "stream_options");
    }

    @Test
    void aMessageWithImagesSendsItsTextAndEachImageAsParts() {
        JsonNode body = sent(new ModelRequest("gpt-4o", List.of(
                new PromptMessage(Role.SYSTEM, "You are terse."),
                new PromptMessage(Role.USER, "What is this?", List.of(new ImageInput(PHOTO), new ImageInput(PNG)))),
                GenerationOptions.DEFAULTS));

        assertThat(body.path("messages")).isEqualTo(tree("""
                [{"role": "system", "content": "You are terse."},
                 {"role": "user", "content": [
                    {"type": "text", "text": "What is this?"},
                    {"type": "image_url", "image_url": {"url": "%s"}},
                    {"type": "image_url", "image_url": {"url": "%s"}}]}]
                """.formatted(PHOTO, PNG)));
    }

    @Test
    void aMessageWithImagesAndNoTextSendsOnlyTheImages() {
        JsonNode body = sent(new ModelRequest("gpt-4o", List.of(
                new PromptMessage(Role.USER, "", List.of(new ImageInput(PNG)))), GenerationOptions.DEFAULTS));

        assertThat(body.path("messages").get(0).path("content")).isEqualTo(tree("""
                [{"type": "image_url", "image_url": {"url": "%s"}}]""".formatted(PNG)));
    }

    private JsonNode sent(ModelRequest request) {
        fake.enqueue(json(200, Transcripts.read("chat-completion.json")));
        model().generate(request, new CancellationSignal());
        return bodyOf(fake.takeRequest());
    }

    private OpenAiChatModel model() {
        return new OpenAiChatModel(fake.settings("sk-test"), http.client());
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static JsonNode tree(String json) {
        try {
            return JsonMapper.builder().build().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
