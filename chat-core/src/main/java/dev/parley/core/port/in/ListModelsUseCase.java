package dev.parley.core.port.in;

import dev.parley.core.domain.model.ModelDescriptor;
import java.util.List;

/** Incoming port: the models a user can pick. */
public interface ListModelsUseCase {

    /** Every model in the catalog, sorted by name. */
    List<ModelDescriptor> listModels();

    /** The model used when a request names none. */
    String defaultModel();
}
