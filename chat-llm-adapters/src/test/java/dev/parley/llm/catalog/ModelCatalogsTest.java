package dev.parley.llm.catalog;

import static dev.parley.llm.openai.FakeOpenAi.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.llm.http.FakeProviderServer;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.openai.FakeOpenAi;
import dev.parley.llm.openai.OpenAiSettings;
import dev.parley.llm.openai.Transcripts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelCatalogsTest {

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void offersConfiguredModelsThenDiscoveredOnesAndEcho() {
        fake.enqueue(json(200, Transcripts.read("models.json")));
        OpenAiSettings settings = fake.settings("sk-test").withModels(List.of("o3-mini"));

        ModelCatalog catalog = ModelCatalogs.build(List.of(settings), Optional.empty(), http.client());

        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly(
                "echo", "ft:gpt-4o-mini-2024-07-18:parley::A1b2C3d4", "gpt-4o", "gpt-4o-mini", "o3-mini",
                "text-embedding-3-small");
        assertThat(catalog.defaultModel()).isEqualTo("o3-mini");
    }

    @Test
    void defaultWithoutConfiguredModelsIsTheFirstDiscoveredOne() {
        fake.enqueue(json(200, Transcripts.read("models.json")));

        ModelCatalog catalog = ModelCatalogs.build(List.of(fake.settings(null)), Optional.empty(), http.client());

        assertThat(catalog.defaultModel()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void providerThatIsDownStillOffersItsConfiguredModelsAndTheServerStarts() {
        String deadUrl;
        try (FakeOpenAi gone = FakeOpenAi.start()) {
            deadUrl = gone.baseUrl();
        }
        OpenAiSettings settings = OpenAiSettings.of("openai", deadUrl, "sk-test").withModels(List.of("gpt-4o"));

        ModelCatalog catalog = ModelCatalogs.build(List.of(settings), Optional.empty(), http.client());

        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly("echo", "gpt-4o");
        assertThat(catalog.defaultModel()).isEqualTo("gpt-4o");
    }

    @Test
    void aProviderThatIsDownStillServesTheModelsTheCatalogFileDescribes() {
        String deadUrl;
        try (FakeOpenAi gone = FakeOpenAi.start()) {
            deadUrl = gone.baseUrl();
        }
        OpenAiSettings settings = OpenAiSettings.of("openai", deadUrl, "sk-test");
        CatalogFile file = CatalogFile.parse("""
                {"models": [{"name": "gpt-4o", "provider": "openai", "context_window": 128000, "aliases": ["smart"]}]}
                """, "models.json");

        ModelCatalog catalog = ModelCatalogs.assemble(List.of(ModelCatalogs.openAi(settings, http.client())),
                Optional.empty(), Optional.of(file));

        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly("echo", "gpt-4o");
        assertThat(catalog.defaultModel()).isEqualTo("gpt-4o");
        assertThat(catalog.resolve("smart")).map(binding -> binding.descriptor().profile().contextWindow())
                .contains(128000);
    }

    @Test
    void discoveredModelsJoinTheModelsTheCatalogFileDescribes() {
        fake.enqueue(json(200, Transcripts.read("models.json")));
        CatalogFile file = CatalogFile.parse("""
                {"models": [{"name": "gpt-4o", "provider": "fake-openai", "capabilities": ["vision"]},
                            {"name": "o3-mini", "provider": "fake-openai"}]}
                """, "models.json");

        ModelCatalog catalog = ModelCatalogs.assemble(List.of(ModelCatalogs.openAi(fake.settings("sk-test"),
                http.client())), Optional.empty(), Optional.of(file));

        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly(
                "echo", "ft:gpt-4o-mini-2024-07-18:parley::A1b2C3d4", "gpt-4o", "gpt-4o-mini", "o3-mini",
                "text-embedding-3-small");
        assertThat(catalog.resolve("gpt-4o").orElseThrow().descriptor().profile().can(ModelCapability.VISION))
                .isTrue();
        assertThat(catalog.resolve("gpt-4o-mini").orElseThrow().descriptor().profile())
                .isEqualTo(ModelProfile.UNKNOWN);
    }

    @Test
    void requestedDefaultIsServedEvenWhenDiscoveryFails() {
        fake.enqueue(json(500, Transcripts.read("error-500.json")));

        ModelCatalog catalog = ModelCatalogs.build(List.of(fake.settings("sk-test")), Optional.of("gpt-4o"),
                http.client());

        assertThat(catalog.defaultModel()).isEqualTo("gpt-4o");
        assertThat(catalog.resolve("gpt-4o")).map(ModelBinding::descriptor)
                .contains(new ModelDescriptor("gpt-4o", "fake-openai", "gpt-4o"));
    }

    @Test
    void discoveryCanBeSwitchedOff() {
        OpenAiSettings settings = fake.settings("sk-test").withModels(List.of("gpt-4o")).withDiscovery(false);

        ModelCatalog catalog = ModelCatalogs.build(List.of(settings), Optional.empty(), http.client());

        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly("echo", "gpt-4o");
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void withoutProvidersEchoIsTheOnlyModel() {
        ModelCatalog catalog = ModelCatalogs.build(List.of(), Optional.empty(), http.client());

        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly("echo");
        assertThat(catalog.defaultModel()).isEqualTo("echo");
    }

    @Test
    void resolvedProviderModelTalksToItsProviderUnderItsUpstreamId() {
        fake.enqueue(json(200, Transcripts.read("models.json")));
        fake.enqueue(json(200, Transcripts.read("chat-completion.json")));
        ModelCatalog catalog = ModelCatalogs.build(List.of(fake.settings("sk-test")), Optional.empty(), http.client());
        ModelBinding binding = catalog.resolve("gpt-4o").orElseThrow();
        ModelRequest request = new ModelRequest(binding.descriptor().upstreamId(),
                List.of(new PromptMessage(Role.USER, "Hi")), GenerationOptions.DEFAULTS);

        String text = binding.model().generate(request, new CancellationSignal()).text();

        assertThat(text).isEqualTo("Roses are red,\nviolets are blue.");
        fake.takeRequest();
        assertThat(FakeProviderServer.bodyOf(fake.takeRequest()).path("model").asText()).isEqualTo("gpt-4o");
    }
}
