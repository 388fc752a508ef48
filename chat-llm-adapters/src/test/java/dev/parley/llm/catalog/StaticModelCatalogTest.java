package dev.parley.llm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.llm.echo.EchoChatModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaticModelCatalogTest {

    private final ChatModel first = new EchoChatModel();
    private final ChatModel second = new EchoChatModel();

    @Test
    void modelsAreListedByName() {
        StaticModelCatalog catalog = new StaticModelCatalog(
                List.of(binding("zeta", "a", first), binding("alpha", "a", first), binding("mid", "b", second)),
                "mid");

        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly("alpha", "mid", "zeta");
    }

    @Test
    void nameOfferedTwiceGoesToTheFirstBinding() {
        StaticModelCatalog catalog = new StaticModelCatalog(
                List.of(binding("gpt-4o", "openai", first), binding("gpt-4o", "azure", second)), "gpt-4o");

        assertThat(catalog.models()).containsExactly(new ModelDescriptor("gpt-4o", "openai", "gpt-4o"));
        assertThat(catalog.resolve("gpt-4o")).hasValueSatisfying(b -> assertThat(b.model()).isSameAs(first));
    }

    @Test
    void namesMatchExactly() {
        StaticModelCatalog catalog = new StaticModelCatalog(List.of(binding("gpt-4o", "openai", first)), "gpt-4o");

        assertThat(catalog.resolve("GPT-4o")).isEmpty();
        assertThat(catalog.resolve("gpt-4o ")).isEmpty();
    }

    @Test
    void defaultThatIsNotOfferedIsRefusedWithItsName() {
        assertThatThrownBy(() -> new StaticModelCatalog(List.of(binding("gpt-4o", "openai", first)), "gpt-5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gpt-5")
                .hasMessageContaining("gpt-4o");
    }

    @Test
    void anAliasResolvesToItsModelsBindingExactly() {
        StaticModelCatalog catalog = new StaticModelCatalog(
                List.of(aliased("gpt-4o", first, "smart"), binding("llama3", "ollama", second)), "gpt-4o");

        assertThat(catalog.resolve("smart")).hasValueSatisfying(b -> {
            assertThat(b.descriptor().name()).isEqualTo("gpt-4o");
            assertThat(b.model()).isSameAs(first);
        });
        assertThat(catalog.resolve("Smart")).isEmpty();
        assertThat(catalog.resolve(" smart")).isEmpty();
        assertThat(catalog.models()).extracting(ModelDescriptor::name).containsExactly("gpt-4o", "llama3");
    }

    @Test
    void anAliasThatIsAnotherModelsNameIsRefused() {
        assertThatThrownBy(() -> new StaticModelCatalog(
                List.of(aliased("gpt-4o", first, "llama3"), binding("llama3", "ollama", second)), "gpt-4o"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("llama3")
                .hasMessageContaining("gpt-4o");
    }

    @Test
    void anAliasGivenToTwoModelsIsRefused() {
        assertThatThrownBy(() -> new StaticModelCatalog(
                List.of(aliased("gpt-4o", first, "smart"), aliased("llama3", second, "smart")), "gpt-4o"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smart");
    }

    @Test
    void theAliasesOfABindingThatLostItsNameDoNotCount() {
        StaticModelCatalog catalog = new StaticModelCatalog(
                List.of(binding("gpt-4o", "openai", first), aliased("gpt-4o", second, "smart")), "gpt-4o");

        assertThat(catalog.resolve("smart")).isEmpty();
    }

    private static ModelBinding aliased(String name, ChatModel model, String... aliases) {
        return new ModelBinding(new ModelDescriptor(name, "openai", name,
                new ModelProfile(null, null, null, List.of(aliases), List.of(), Set.of())), model);
    }

    private static ModelBinding binding(String name, String provider, ChatModel model) {
        return new ModelBinding(new ModelDescriptor(name, provider, name), model);
    }
}
