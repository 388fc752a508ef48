package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.core.testing.ModelCatalogContract;
import dev.parley.llm.echo.EchoChatModel;
import java.util.List;
import java.util.Set;

/** The ModelCatalog contract, met by a static catalog whose models have aliases. */
class AliasedStaticModelCatalogContractTest extends ModelCatalogContract {

    @Override
    protected ModelCatalog catalog() {
        EchoChatModel model = new EchoChatModel();
        return new StaticModelCatalog(List.of(
                new ModelBinding(new ModelDescriptor("gpt-4o-mini", "openai", "gpt-4o-mini", aliased("mini", "cheap")),
                        model),
                EchoChatModel.binding(),
                new ModelBinding(new ModelDescriptor("gpt-4o", "openai", "gpt-4o", aliased("big")), model),
                new ModelBinding(new ModelDescriptor("gpt-4o", "other", "gpt-4o", aliased("shadowed")), model)),
                "gpt-4o");
    }

    private static ModelProfile aliased(String... aliases) {
        return new ModelProfile(null, null, null, List.of(aliases), List.of(), Set.of());
    }
}
