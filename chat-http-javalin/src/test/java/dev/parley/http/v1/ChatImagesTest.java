package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code "images"}: URLs the new user message shows the model, kept with that message in the history. */
class ChatImagesTest {

    private static final String PNG = "data:image/png;base64,iVBORw0KGgo=";
    private static final String WITH_IMAGES = """
            {"messages": [{"role": "system", "content": "Be brief"}, {"role": "user", "content": "What is this?"}],
             "images": ["https://example.org/cat.png", "%s"]}""".formatted(PNG);

    private RunningApi api;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void imagesReachTheModelWithTheLastUserMessageAndStayWithItInTheHistory() {
        seeing("test-model");

        ApiResponse response = api.post("/v1/chat/stream", WITH_IMAGES, token);

        assertThat(response.status()).isEqualTo(200);
        List<PromptMessage> sent = api.core().model().lastRequest().messages();
        assertThat(sent.getFirst().images()).isEmpty();
        assertThat(sent.getLast().images()).containsExactly(new ImageInput("https://example.org/cat.png"),
                new ImageInput(PNG));
        JsonNode messages = api.get("/v1/chat/sessions/" + response.header("X-Session-Id"), token)
                .json().path("messages");
        assertThat(messages.get(0).has("images")).isFalse();
        assertThat(messages.get(1).path("images").toString())
                .isEqualTo("[\"https://example.org/cat.png\",\"" + PNG + "\"]");
        assertThat(messages.get(2).has("images")).isFalse();
    }

    @Test
    void imagesForAModelThatCannotSeeAnswer422OnImagesAndStoreNothing() {
        ApiResponse response = api.post("/v1/chat/stream", WITH_IMAGES, token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"images\"]");
        assertThat(api.get("/v1/chat/history", token).json().path("total").asInt()).isZero();
        assertThat(api.core().model().requests()).isEmpty();
    }

    @Test
    void aUserMessageWithoutImagesListsNoneAndOtherRolesHaveNoImagesKey() {
        String sessionId = api.post("/v1/chat/stream", ChatStreamTest.chat("Hi"), token).header("X-Session-Id");

        JsonNode messages = api.get("/v1/chat/sessions/" + sessionId, token).json().path("messages");

        assertThat(messages.get(0).path("images").toString()).isEqualTo("[]");
        assertThat(messages.get(1).has("images")).isFalse();
        assertThat(messages.get(1).has("sources")).isFalse();
    }

    private void seeing(String model) {
        api.core().catalog().profile(model, new ModelProfile(null, null, null, List.of(), List.of(),
                Set.of(ModelCapability.STREAMING, ModelCapability.VISION)));
    }
}
