package dev.parley.core.domain.error;

/**
 * Domain error: the object does not exist <em>for this caller</em>. Another user's object is
 * reported exactly like a missing one, so its existence is never revealed.
 */
public final class NotFoundException extends ParleyException {

    private final String resource;

    public NotFoundException(String resource) {
        super(resource + " not found");
        this.resource = resource;
    }

    /** What was looked for, in words a user reads ("Chat session"). */
    public String resource() {
        return resource;
    }
}
