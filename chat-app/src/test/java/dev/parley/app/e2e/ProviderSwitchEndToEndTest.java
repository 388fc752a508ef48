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
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ollama and Anthropic configured together through the real composition root: one conversation, two providers. */
class ProviderSwitchEndToEndTest {

    @Test
    void aConversationMovesFromALocalModelToAnthropicWithItsHistory(@TempDir Path dataDir) {
        try (FakeLocalAndAnthropicProviders fake = new FakeLocalAndAnthropicProviders()) {
            Settings settings = new SettingsLoader(Map.of("PARLEY_PORT", "0",
                    "PARLEY_DATA_DIR", dataDir.resolve("data").toString(), "PARLEY_RATE_LIMITS", "off",
                    "OLLAMA_HOST", fake.baseUrl(), "ANTHROPIC_BASE_URL", fake.baseUrl(),
                    "ANTHROPIC_API_KEY", "sk-ant-e2e-key"), Map.of()).load();
            try (ParleyServer server = ParleyServer.start(settings, Clock.systemUTC())) {
                ParleyClient client = new ParleyClient(server.baseUri());
                String token = client.register("traveller", "correct horse battery");

                JsonNode models = client.send("GET", "/v1/models", token, null).body().path("data");
                ParleyClient.Stream local = client.stream(token, Map.of("model", FakeLocalAndAnthropicProviders.OLLAMA_MODEL,
                        "messages", List.of(Map.of("role", "user", "content", "Hello there"))));
                long session = Long.parseLong(local.raw().headers().firstValue("X-Session-Id").orElseThrow());
                client.send("POST", "/v1/chat/switch-model", token,
                        Map.of("session_id", session, "model", FakeLocalAndAnthropicProviders.CLAUDE_MODEL));
                ParleyClient.Stream remote = client.stream(token, Map.of("session_id", session,
                        "messages", List.of(Map.of("role", "user", "content", "And you?"))));

                assertThat(models.findValuesAsText("owned_by")).contains("ollama", "anthropic", "builtin");
                assertThat(local.text()).isEqualTo("ollama heard: Hello there");
                assertThat(remote.text()).isEqualTo("anthropic heard: And you?");
                RecordedRequest toAnthropic = fake.anthropicRequests().getLast();
                assertThat(toAnthropic.getHeaders().get("x-api-key")).isEqualTo("sk-ant-e2e-key");
                assertThat(FakeLocalAndAnthropicProviders.bodyOf(toAnthropic).path("messages").findValuesAsText("content"))
                        .containsExactly("Hello there", "ollama heard: Hello there", "And you?");
                JsonNode stored = client.send("GET", "/v1/chat/sessions/" + session, token, null).body().path("messages");
                assertThat(stored.findValuesAsText("model")).contains(FakeLocalAndAnthropicProviders.OLLAMA_MODEL,
                        FakeLocalAndAnthropicProviders.CLAUDE_MODEL);
            }
        }
    }
}
