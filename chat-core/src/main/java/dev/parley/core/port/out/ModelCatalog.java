package dev.parley.core.port.out;

import dev.parley.core.domain.model.ModelDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the models users may pick, by name or alias, and who serves each. Names and aliases
 * are matched exactly; an alias resolves to its model's own descriptor, and no alias is also a
 * model's name. The default model is always one of the listed models. Thread-safe; no method accepts or
 * returns null.
 */
public interface ModelCatalog {

    /** Every model, sorted by name. */
    List<ModelDescriptor> models();

    Optional<ModelBinding> resolve(String name);

    /** The model a conversation uses when nobody named one. */
    String defaultModel();
}
