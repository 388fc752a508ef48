package dev.parley.core.domain.error;

/** Domain error: a command broke a validation rule; {@link #field()} names the offending input. */
public final class InvalidInputException extends ParleyException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input's name as clients spell it (for example {@code "messages"} or {@code "title"}). */
    public String field() {
        return field;
    }
}
