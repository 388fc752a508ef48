package dev.parley.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ModelCatalog;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** Contract of {@link ModelCatalog}; every implementation's test extends it. */
public abstract class ModelCatalogContract {

    /** A catalog holding at least one model. */
    protected abstract ModelCatalog catalog();

    @Test
    void modelsAreListedSortedByNameWithoutDuplicates() {
        assertThat(catalog().models()).isNotEmpty()
                .isSortedAccordingTo(Comparator.comparing(ModelDescriptor::name))
                .extracting(ModelDescriptor::name).doesNotHaveDuplicates();
    }

    @Test
    void everyListedModelResolvesToItsOwnDescriptor() {
        ModelCatalog catalog = catalog();
        for (ModelDescriptor listed : catalog.models()) {
            assertThat(catalog.resolve(listed.name()))
                    .hasValueSatisfying(binding -> assertThat(binding.descriptor()).isEqualTo(listed));
        }
    }

    @Test
    void anUnknownNameResolvesToNothing() {
        assertThat(catalog().resolve("no-such-model-" + System.identityHashCode(this))).isEmpty();
        assertThat(catalog().resolve("")).isEmpty();
    }

    @Test
    void theDefaultModelIsOneOfTheListedModels() {
        ModelCatalog catalog = catalog();
        assertThat(catalog.models()).extracting(ModelDescriptor::name).contains(catalog.defaultModel());
    }

    @Test
    void everyAliasResolvesToTheModelItNamesAndNoAliasShadowsAModel() {
        ModelCatalog catalog = catalog();
        java.util.Set<String> names = new java.util.HashSet<>();
        catalog.models().forEach(m -> names.add(m.name()));
        for (ModelDescriptor listed : catalog.models()) {
            for (String alias : listed.profile().aliases()) {
                assertThat(names).as("alias %s of %s is also a model's name", alias, listed.name())
                        .doesNotContain(alias);
                assertThat(catalog.resolve(alias))
                        .hasValueSatisfying(binding -> assertThat(binding.descriptor()).isEqualTo(listed));
            }
        }
    }
}
