package dev.parley.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.ParleyServer;
import dev.parley.app.Settings;
import dev.parley.app.SettingsLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HF_TOKEN alone brings Hugging Face's router in, with seed 000's Qwen model always on offer. */
class HuggingFaceEndToEndTest {

    @Test
    void theSeedModelIsOfferedAndAnsweredThroughTheRouter(@TempDir Path dataDir) {
        try (FakeOpenAiProvider router = new FakeOpenAiProvider()) {
            Settings settings = new SettingsLoader(Map.of("PARLEY_PORT", "0", "PARLEY_RATE_LIMITS", "off",
                    "PARLEY_DATA_DIR", dataDir.resolve("data").toString(),
                    "HF_TOKEN", "hf_e2e_token", "HF_BASE_URL", router.baseUrl()), Map.of()).load();
            try (ParleyServer server = ParleyServer.start(settings, Clock.systemUTC())) {
                ParleyClient client = new ParleyClient(server.baseUri());
                String token = client.register("citizen", "correct horse battery");

                JsonNode models = client.send("GET", "/v1/models", token, null).body().path("data");
                ParleyClient.Stream reply = client.stream(token, Map.of("model", "Qwen/Qwen2.5-72B-Instruct",
                        "max_tokens", 150, "temperature", 0.7, "messages", List.of(Map.of("role", "user", "content", "Hi"))));

                assertThat(models).anySatisfy(model -> {
                    assertThat(model.path("id").asText()).isEqualTo("Qwen/Qwen2.5-72B-Instruct");
                    assertThat(model.path("owned_by").asText()).isEqualTo("huggingface");
                });
                assertThat(reply.text()).endsWith("from Qwen/Qwen2.5-72B-Instruct: Hi");
                assertThat(router.lastChatRequest().path("max_tokens").asInt()).isEqualTo(150);
            }
        }
    }
}
