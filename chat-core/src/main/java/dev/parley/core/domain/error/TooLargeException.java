package dev.parley.core.domain.error;

/** Domain error: an upload is larger than the server accepts; {@code limit} is that size in bytes. */
public final class TooLargeException extends ParleyException {

    private final long limit;

    public TooLargeException(long limit) {
        super("The file is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
