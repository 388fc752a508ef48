package dev.parley.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.ParleyServer;
import dev.parley.app.Settings;
import dev.parley.app.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog file, retries, fallbacks, web search and usage through the real composition root, with
 * an OpenAI-compatible, an Anthropic and a SearxNG fake on loopback.
 */
class InferenceEndToEndTest {

    private static final String SEARXNG_RESULTS = """
            {"query": "parley", "number_of_results": 0, "results": [
              {"url": "https://example.org/parley", "title": "Parley, the chat backend",
               "content": "Parley serves <b>five</b> chat APIs on one core.", "engine": "duckduckgo",
               "engines": ["duckduckgo"], "positions": [1], "score": 1.0, "category": "general"}],
             "answers": [], "corrections": [], "infoboxes": [], "suggestions": [], "unresponsive_engines": []}""";

    private final FakeOpenAiProvider openAi = new FakeOpenAiProvider();
    private final FakeLocalAndAnthropicProviders anthropic = new FakeLocalAndAnthropicProviders();
    private final MockWebServer searxng = new MockWebServer();
    private ParleyServer server;
    private ParleyClient client;
    private String token;

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        searxng.start();
        Path catalog = Files.writeString(dir.resolve("models.json"), """
                {"default": "gpt-4o",
                 "models": [{"name": "gpt-4o", "provider": "openai", "aliases": ["smart"], "context_window": 128000,
                             "max_tokens": 300, "fallbacks": ["%s"], "capabilities": ["vision"]}]}"""
                .formatted(FakeLocalAndAnthropicProviders.CLAUDE_MODEL));
        Settings settings = new SettingsLoader(Map.ofEntries(Map.entry("PARLEY_PORT", "0"),
                Map.entry("PARLEY_DATA_DIR", dir.resolve("data").toString()), Map.entry("PARLEY_RATE_LIMITS", "off"),
                Map.entry("OPENAI_BASE_URL", openAi.baseUrl()), Map.entry("OPENAI_API_KEY", "sk-e2e"),
                Map.entry("ANTHROPIC_BASE_URL", anthropic.baseUrl()), Map.entry("ANTHROPIC_API_KEY", "sk-ant-e2e"),
                Map.entry("PARLEY_MODELS_FILE", catalog.toString()),
                Map.entry("PARLEY_SEARCH_URL", searxng.url("/").toString()),
                Map.entry("PARLEY_PROVIDER_ATTEMPTS", "2")), Map.of()).load();
        server = ParleyServer.start(settings, Clock.systemUTC());
        client = new ParleyClient(server.baseUri());
        token = client.register("ada", "correct horse battery");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        openAi.close();
        anthropic.close();
        searxng.close();
    }

    private ParleyClient.Stream ask(String model, String text, boolean webSearch) {
        return client.stream(token, Map.of("model", model, "web_search", webSearch,
                "messages", List.of(Map.of("role", "user", "content", text))));
    }

    @Test
    void theCatalogFileDescribesModelsAndItsAliasPicksOne() {
        JsonNode gpt = null;
        for (JsonNode model : client.send("GET", "/v1/models", token, null).body().path("data")) {
            if (model.path("id").asText().equals("gpt-4o")) {
                gpt = model;
            }
        }

        assertThat(gpt).isNotNull();
        assertThat(gpt.path("provider").asText()).isEqualTo("openai");
        assertThat(gpt.path("aliases").get(0).asText()).isEqualTo("smart");
        assertThat(gpt.path("context_window").asInt()).isEqualTo(128000);
        assertThat(gpt.path("capabilities").toString()).contains("vision");
        ParleyClient.Stream reply = ask("smart", "Hi", false);
        assertThat(reply.text()).startsWith("Reply 1 from gpt-4o: Hi");
        assertThat(openAi.lastChatRequest().path("max_tokens").asInt()).isEqualTo(300);
    }

    @Test
    void anOverloadedProviderIsRetriedAndWhenItStaysDownTheFallbackAnswers() {
        openAi.failNext(503);
        ParleyClient.Stream retried = ask("gpt-4o", "first", false);
        openAi.failNext(503);
        openAi.failNext(503);
        ParleyClient.Stream fellBack = ask("gpt-4o", "second", false);

        assertThat(retried.text()).isEqualTo("Reply 2 from gpt-4o: first");
        assertThat(fellBack.text()).isEqualTo("anthropic heard: second");
        assertThat(openAi.chatRequests()).hasSize(4);
        long session = Long.parseLong(fellBack.raw().headers().firstValue("X-Session-Id").orElseThrow());
        JsonNode messages = client.send("GET", "/v1/chat/sessions/" + session, token, null).body().path("messages");
        assertThat(messages.get(1).path("model").asText()).isEqualTo(FakeLocalAndAnthropicProviders.CLAUDE_MODEL);
    }

    @Test
    void webSearchSourcesReachTheClientFirstAndTheModelAsNumberedContext() {
        searxng.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(SEARXNG_RESULTS).build());

        ParleyClient.Stream reply = ask("gpt-4o", "what is parley?", true);

        String body = reply.raw().body();
        assertThat(body.indexOf("event: sources")).isNotNegative().isLessThan(body.indexOf("Reply"));
        assertThat(body).contains("\"url\":\"https://example.org/parley\"");
        String context = openAi.lastChatRequest().path("messages").toString();
        assertThat(context).contains("[1] Parley, the chat backend").contains("https://example.org/parley")
                .contains("Parley serves five chat APIs on one core.");
        try {
            assertThat(searxng.takeRequest().getUrl().queryParameter("q")).isEqualTo("what is parley?");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void usageIsTotalledPerModelForTheCaller() {
        ask("gpt-4o", "one", false);
        ask(FakeLocalAndAnthropicProviders.CLAUDE_MODEL, "two", false);

        JsonNode usage = client.send("GET", "/v1/usage", token, null).body();

        assertThat(usage.path("data").findValuesAsText("model"))
                .containsExactlyInAnyOrder("gpt-4o", FakeLocalAndAnthropicProviders.CLAUDE_MODEL);
        for (JsonNode row : usage.path("data")) {
            assertThat(row.path("prompt_tokens").asLong()).as(row.toString()).isPositive();
            assertThat(row.path("completion_tokens").asLong()).as(row.toString()).isPositive();
            assertThat(row.path("replies").asLong()).isEqualTo(1);
        }
        assertThat(usage.path("total").path("replies").asLong()).isEqualTo(2);
    }
}
