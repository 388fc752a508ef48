package dev.parley.llm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.llm.echo.EchoChatModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How {@link CatalogRules} merges a catalog file with what the providers offer. */
class CatalogMergeTest {

    private static final String SOURCE = "models.json";

    private final ChatModel openAi = new EchoChatModel();
    private final ChatModel local = new EchoChatModel();
    private final ProviderModels openAiModels = new ProviderModels("openai", openAi, List.of("gpt-4o-mini", "gpt-4o"));
    private final ProviderModels localModels = new ProviderModels("ollama", local, List.of("llama3"));
    private final ProviderModels localDown = new ProviderModels("ollama", local, List.of());

    @Test
    void aDiscoveredModelTheFileDescribesTakesTheFilesProfileAndUpstreamId() {
        ModelCatalog catalog = assemble(List.of(openAiModels), """
                {"models": [{"name": "gpt-4o", "provider": "openai", "upstream_id": "gpt-4o-2024-08-06",
                             "context_window": 128000, "capabilities": ["vision"]}]}""");

        ModelDescriptor gpt4o = catalog.resolve("gpt-4o").orElseThrow().descriptor();
        assertThat(gpt4o.upstreamId()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(gpt4o.profile().contextWindow()).isEqualTo(128000);
        assertThat(gpt4o.profile().can(ModelCapability.VISION)).isTrue();
        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly("echo", "gpt-4o", "gpt-4o-mini");
        assertThat(catalog.resolve("gpt-4o").orElseThrow().model()).isSameAs(openAi);
    }

    @Test
    void aDiscoveredModelTheFileDoesNotDescribeKnowsNothing() {
        ModelCatalog catalog = assemble(List.of(openAiModels),
                "{\"models\": [{\"name\": \"gpt-4o\", \"provider\": \"openai\", \"context_window\": 128000}]}");

        assertThat(catalog.resolve("gpt-4o-mini").orElseThrow().descriptor().profile()).isEqualTo(ModelProfile.UNKNOWN);
    }

    @Test
    void aModelOfAProviderThatIsDownIsStillOfferedFromTheFile() {
        ModelCatalog catalog = assemble(List.of(openAiModels, localDown), """
                {"models": [{"name": "llama3", "provider": "ollama", "aliases": ["local"]}]}""");

        assertThat(catalog.resolve("llama3")).hasValueSatisfying(binding -> {
            assertThat(binding.descriptor().provider()).isEqualTo("ollama");
            assertThat(binding.model()).isSameAs(local);
        });
        assertThat(catalog.resolve("local").map(ModelBinding::descriptor)).isEqualTo(
                catalog.resolve("llama3").map(ModelBinding::descriptor));
    }

    @Test
    void theFileDecidesWhichProviderServesANameItDescribes() {
        ProviderModels alsoLlama = new ProviderModels("openai", openAi, List.of("llama3"));

        ModelCatalog catalog = assemble(List.of(alsoLlama, localModels),
                "{\"models\": [{\"name\": \"llama3\", \"provider\": \"ollama\"}]}");

        assertThat(catalog.resolve("llama3").orElseThrow().model()).isSameAs(local);
    }

    @Test
    void aDiscoveredNameTheFileUsesAsAnAliasGivesWayToTheAlias() {
        ProviderModels offersSmart = new ProviderModels("openai", openAi, List.of("gpt-4o", "smart"));

        ModelCatalog catalog = assemble(List.of(offersSmart),
                "{\"models\": [{\"name\": \"gpt-4o\", \"provider\": \"openai\", \"aliases\": [\"smart\"]}]}");

        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly("echo", "gpt-4o");
        assertThat(catalog.resolve("smart").orElseThrow().descriptor().name()).isEqualTo("gpt-4o");
    }

    @Test
    void theBuiltInModelCanBeGivenAnAlias() {
        ModelCatalog catalog = assemble(List.of(),
                "{\"models\": [{\"name\": \"echo\", \"provider\": \"builtin\", \"aliases\": [\"test\"]}]}");

        assertThat(catalog.resolve("test").orElseThrow().descriptor().name()).isEqualTo("echo");
        assertThat(catalog.defaultModel()).isEqualTo("echo");
    }

    @Test
    void theFilesModelsComeFirstForTheDefault() {
        ModelCatalog catalog = assemble(List.of(openAiModels),
                "{\"models\": [{\"name\": \"o3-mini\", \"provider\": \"openai\"}]}");

        assertThat(catalog.defaultModel()).isEqualTo("o3-mini");
    }

    @Test
    void theFilesDefaultIsUsedWhenNoneIsRequested() {
        ModelCatalog catalog = assemble(List.of(openAiModels), Optional.empty(), """
                {"models": [{"name": "llama3", "provider": "ollama", "aliases": ["local"]}], "default": "gpt-4o"}""",
                localDown);

        assertThat(catalog.defaultModel()).isEqualTo("gpt-4o");
    }

    @Test
    void aRequestedDefaultWinsOverTheFiles() {
        ModelCatalog catalog = assemble(List.of(openAiModels), Optional.of("gpt-4o-mini"),
                "{\"models\": [], \"default\": \"gpt-4o\"}");

        assertThat(catalog.defaultModel()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void aDefaultGivenAsAnAliasIsItsModel() {
        String file = "{\"models\": [{\"name\": \"gpt-4o\", \"provider\": \"openai\", \"aliases\": [\"smart\"]}],"
                + " \"default\": \"smart\"}";

        assertThat(assemble(List.of(openAiModels), Optional.empty(), file).defaultModel()).isEqualTo("gpt-4o");
        assertThat(assemble(List.of(openAiModels), Optional.of("smart"), file).defaultModel()).isEqualTo("gpt-4o");
    }

    @Test
    void aFileDefaultThatIsNoModelIsRefused() {
        assertThatThrownBy(() -> assemble(List.of(openAiModels), "{\"models\": [], \"default\": \"gpt-5\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Model catalog file " + SOURCE + ": the file")
                .hasMessageContaining("\"default\"")
                .hasMessageContaining("gpt-5");
    }

    @Test
    void aModelOfAProviderThatIsNotConfiguredIsRefused() {
        assertThatThrownBy(() -> assemble(List.of(openAiModels),
                "{\"models\": [{\"name\": \"claude\", \"provider\": \"anthropic\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Model catalog file " + SOURCE + ": model \"claude\"")
                .hasMessageContaining("\"provider\"")
                .hasMessageContaining("anthropic")
                .hasMessageContaining("openai");
    }

    @Test
    void fallbacksMayNameDiscoveredModelsAndAliases() {
        ModelCatalog catalog = assemble(List.of(openAiModels, localModels), """
                {"models": [{"name": "gpt-4o", "provider": "openai", "fallbacks": ["local", "gpt-4o-mini", "echo"]},
                            {"name": "llama3", "provider": "ollama", "aliases": ["local"]}]}""");

        assertThat(catalog.resolve("gpt-4o").orElseThrow().descriptor().profile().fallbacks())
                .containsExactly("local", "gpt-4o-mini", "echo");
    }

    @Test
    void fallbacksThatNameNoModelAreReportedByNameAndTheServerStillStarts() {
        try (dev.parley.llm.http.CapturedLog log = dev.parley.llm.http.CapturedLog.of(CatalogRules.class)) {
            ModelCatalog catalog = assemble(List.of(openAiModels, localDown), """
                    {"models": [{"name": "gpt-4o", "provider": "openai", "fallbacks": ["gpt-4o-mini", "llama3", "phi"]}]}""");

            assertThat(catalog.resolve("gpt-4o")).isPresent();
            assertThat(catalog.resolve("llama3")).isEmpty();
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line)
                    .contains(SOURCE).contains("gpt-4o").contains("[llama3, phi]"));
        }
    }

    @Test
    void withoutAFileTheRulesAreUnchanged() {
        ModelCatalog catalog = CatalogRules.assemble(List.of(openAiModels), Optional.empty(), CatalogFile.empty());

        assertThat(catalog.models()).allSatisfy(model -> assertThat(model.profile()).isEqualTo(ModelProfile.UNKNOWN));
        assertThat(catalog.defaultModel()).isEqualTo("gpt-4o-mini");
    }

    private ModelCatalog assemble(List<ProviderModels> providers, String json) {
        return assemble(providers, Optional.empty(), json);
    }

    private ModelCatalog assemble(List<ProviderModels> providers, Optional<String> requested, String json,
            ProviderModels... more) {
        List<ProviderModels> all = new java.util.ArrayList<>(providers);
        all.addAll(List.of(more));
        return CatalogRules.assemble(all, requested, CatalogFile.parse(json, SOURCE));
    }
}
