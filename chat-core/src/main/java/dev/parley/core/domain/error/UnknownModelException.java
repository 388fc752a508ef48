package dev.parley.core.domain.error;

/** Domain error: the named model is not in the catalog; no provider was called. */
public final class UnknownModelException extends ParleyException {

    private final String model;

    public UnknownModelException(String model) {
        super("Unknown model: " + model);
        this.model = model;
    }

    public String model() {
        return model;
    }
}
