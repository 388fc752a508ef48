package dev.parley.llm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.llm.echo.EchoChatModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogRulesTest {

    private final ChatModel openAi = new EchoChatModel();
    private final ChatModel local = new EchoChatModel();
    private final ProviderModels openAiModels = new ProviderModels("openai", openAi, List.of("gpt-4o-mini", "gpt-4o"));
    private final ProviderModels localModels = new ProviderModels("local", local, List.of("llama3", "gpt-4o"));

    @Test
    void withoutProvidersOnlyEchoIsOfferedAndIsTheDefault() {
        ModelCatalog catalog = CatalogRules.assemble(List.of(), Optional.empty());

        assertThat(catalog.models()).containsExactly(new ModelDescriptor("echo", "builtin", "echo"));
        assertThat(catalog.defaultModel()).isEqualTo("echo");
    }

    @Test
    void echoIsOfferedAlongsideEveryProvidersModels() {
        ModelCatalog catalog = CatalogRules.assemble(List.of(openAiModels, localModels), Optional.empty());

        assertThat(catalog.models()).extracting(ModelDescriptor::name)
                .containsExactly("echo", "gpt-4o", "gpt-4o-mini", "llama3");
    }

    @Test
    void withoutARequestedDefaultTheFirstProvidersFirstModelIsIt() {
        assertThat(CatalogRules.assemble(List.of(openAiModels, localModels), Optional.empty()).defaultModel())
                .isEqualTo("gpt-4o-mini");
    }

    @Test
    void firstProviderWithoutModelsPassesTheDefaultToTheNextOne() {
        ProviderModels down = new ProviderModels("openai", openAi, List.of());

        assertThat(CatalogRules.assemble(List.of(down, localModels), Optional.empty()).defaultModel())
                .isEqualTo("llama3");
    }

    @Test
    void providersOfferingNothingLeaveEchoAsTheDefault() {
        ProviderModels down = new ProviderModels("openai", openAi, List.of());

        assertThat(CatalogRules.assemble(List.of(down), Optional.empty()).defaultModel()).isEqualTo("echo");
    }

    @Test
    void requestedDefaultThatIsOfferedIsIt() {
        assertThat(CatalogRules.assemble(List.of(openAiModels, localModels), Optional.of("llama3")).defaultModel())
                .isEqualTo("llama3");
    }

    @Test
    void requestedDefaultCanBeEcho() {
        assertThat(CatalogRules.assemble(List.of(openAiModels), Optional.of("echo")).defaultModel())
                .isEqualTo("echo");
    }

    @Test
    void requestedDefaultNobodyListedIsServedByTheFirstProvider() {
        ModelCatalog catalog = CatalogRules.assemble(List.of(openAiModels, localModels), Optional.of("o3-mini"));

        assertThat(catalog.defaultModel()).isEqualTo("o3-mini");
        assertThat(catalog.resolve("o3-mini")).hasValueSatisfying(binding -> {
            assertThat(binding.descriptor()).isEqualTo(new ModelDescriptor("o3-mini", "openai", "o3-mini"));
            assertThat(binding.model()).isSameAs(openAi);
        });
    }

    @Test
    void requestedDefaultWithoutAnyProviderIsRefusedByName() {
        assertThatThrownBy(() -> CatalogRules.assemble(List.of(), Optional.of("gpt-4o")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gpt-4o");
    }

    @Test
    void blankRequestedDefaultCountsAsNone() {
        assertThat(CatalogRules.assemble(List.of(openAiModels), Optional.of("  ")).defaultModel())
                .isEqualTo("gpt-4o-mini");
    }

    @Test
    void nameOfferedByTwoProvidersGoesToTheOneListedFirst() {
        ModelCatalog catalog = CatalogRules.assemble(List.of(openAiModels, localModels), Optional.empty());

        assertThat(catalog.resolve("gpt-4o")).hasValueSatisfying(binding -> {
            assertThat(binding.descriptor().provider()).isEqualTo("openai");
            assertThat(binding.model()).isSameAs(openAi);
        });
    }

    @Test
    void providerModelNamedEchoDoesNotReplaceTheBuiltIn() {
        ProviderModels impostor = new ProviderModels("local", local, List.of("echo"));

        ModelCatalog catalog = CatalogRules.assemble(List.of(impostor), Optional.empty());

        assertThat(catalog.resolve("echo")).hasValueSatisfying(
                binding -> assertThat(binding.descriptor().provider()).isEqualTo("builtin"));
    }

    @Test
    void unknownNameResolvesToNothing() {
        assertThat(CatalogRules.assemble(List.of(openAiModels), Optional.empty()).resolve("gpt-2")).isEmpty();
    }
}
