package dev.parley.core.service;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.in.ListModelsUseCase;
import dev.parley.core.port.out.ModelCatalog;
import java.util.List;

/** Use case service: the catalog as users see it. */
public final class ListModelsService implements ListModelsUseCase {

    private final ModelCatalog catalog;

    public ListModelsService(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<ModelDescriptor> listModels() {
        return catalog.models();
    }

    @Override
    public String defaultModel() {
        return catalog.defaultModel();
    }
}
