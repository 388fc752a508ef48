package dev.parley.core.service;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.UnknownModelException;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.port.out.ModelCatalog;

/** The rule for which model answers: the one asked for, else the conversation's, else the default. */
final class ModelChoice {

    private final ModelCatalog catalog;

    ModelChoice(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The binding for a name that must be given. */
    ModelBinding named(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("model", "model must not be empty");
        }
        return catalog.resolve(name.strip()).orElseThrow(() -> new UnknownModelException(name.strip()));
    }

    /** The binding for an optional request, falling back to {@code current} and then the default. */
    ModelBinding requestedOr(String requested, String current) {
        if (requested != null && !requested.isBlank()) {
            return named(requested);
        }
        return named(current != null ? current : catalog.defaultModel());
    }
}
