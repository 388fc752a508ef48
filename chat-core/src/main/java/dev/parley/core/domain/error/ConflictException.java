package dev.parley.core.domain.error;

/** Domain error: the command would break a uniqueness rule, such as a username already taken. */
public final class ConflictException extends ParleyException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
