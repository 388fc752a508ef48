package dev.parley.core.domain.error;

/** Domain error: a reply stopped because its caller cancelled it (for example the client went away). */
public final class CancelledException extends ParleyException {

    public CancelledException() {
        super("The reply was cancelled");
    }

    public CancelledException(Throwable cause) {
        super("The reply was cancelled", cause);
    }
}
