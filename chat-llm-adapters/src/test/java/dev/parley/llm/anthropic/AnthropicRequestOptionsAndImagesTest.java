package dev.parley.llm.anthropic;

import static dev.parley.llm.anthropic.FakeAnthropic.json;
import static dev.parley.llm.http.FakeProviderServer.bodyOf;
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

/** What the Anthropic adapter writes for sampling options and images. */
class AnthropicRequestOptionsAndImagesTest {

    private static final String PNG_BYTES = "iVBORw0KGgoAAAANSUhEUgAAAAE=";
    private static final String PNG = "data:image/png;base64," + PNG_BYTES;
    private static final String PHOTO = "https://images.example.com/cat.jpg";

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void topPAndStopSequencesTravelUnderAnthropicsNamesAndTheSeedIsNotSent() {
        JsonNode body = sent(AnthropicChatModelTest.request(
                new GenerationOptions(0.3, 128, 0.9, List.of("\n\nHuman:", "END"), 42L)));

        assertThat(fieldNames(body)).containsExactlyInAnyOrder(
                "model", "max_tokens", "messages", "system", "temperature", "top_p", "stop_sequences", "stream");
        assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(body.path("stop_sequences")).isEqualTo(tree("[\"\\n\\nHuman:\", \"END\"]"));
    }

    @Test
    void noSamplingOptionGivenMeansOnlyTheRequiredFieldsAreSent() {
        JsonNode body = sent(AnthropicChatModelTest.request(GenerationOptions.DEFAULTS));

        assertThat(fieldNames(body)).containsExactlyInAnyOrder("model", "max_tokens", "messages", "system", "stream");
    }

    @Test
    void imagesTravelAsContentBlocksBeforeTheirText() {
        JsonNode body = sent(new ModelRequest("claude", List.of(
                new PromptMessage(Role.SYSTEM, "You are terse."),
                new PromptMessage(Role.USER, "What is this?", List.of(new ImageInput(PNG), new ImageInput(PHOTO)))),
                GenerationOptions.DEFAULTS));

        assertThat(body.path("messages")).isEqualTo(tree("""
                [{"role": "user", "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "%s"}},
                    {"type": "image", "source": {"type": "url", "url": "%s"}},
                    {"type": "text", "text": "What is this?"}]}]
                """.formatted(PNG_BYTES, PHOTO)));
        assertThat(body.path("system").asText()).isEqualTo("You are terse.");
    }

    @Test
    void aJpegDataUrlKeepsItsMediaType() {
        JsonNode body = sent(new ModelRequest("claude", List.of(new PromptMessage(Role.USER, "",
                List.of(new ImageInput("data:image/jpeg;base64,/9j/4AAQ")))), GenerationOptions.DEFAULTS));

        assertThat(body.path("messages").get(0).path("content")).isEqualTo(tree("""
                [{"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "/9j/4AAQ"}}]"""));
    }

    private JsonNode sent(ModelRequest request) {
        fake.enqueue(json(200, AnthropicTranscripts.read("message.json")));
        new AnthropicChatModel(fake.settings("sk-ant-test"), http.client()).generate(request, new CancellationSignal());
        return bodyOf(fake.takeRequest());
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
