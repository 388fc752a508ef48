package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.core.testing.ModelCatalogContract;
import dev.parley.llm.echo.EchoChatModel;
import java.util.List;

class StaticModelCatalogContractTest extends ModelCatalogContract {

    @Override
    protected ModelCatalog catalog() {
        EchoChatModel model = new EchoChatModel();
        return new StaticModelCatalog(List.of(
                new ModelBinding(new ModelDescriptor("gpt-4o-mini", "openai", "gpt-4o-mini"), model),
                EchoChatModel.binding(),
                new ModelBinding(new ModelDescriptor("gpt-4o", "openai", "gpt-4o"), model),
                new ModelBinding(new ModelDescriptor("gpt-4o", "other", "gpt-4o"), model)), "gpt-4o-mini");
    }
}
