package dev.parley.llm.http;

/**
 * Provider plumbing: carries an exception thrown by the caller's sink past an adapter's own error
 * handling, so it can be rethrown unchanged once the upstream call is released.
 */
public final class SinkFailure extends RuntimeException {

    public SinkFailure(RuntimeException cause) {
        super(cause);
    }

    public RuntimeException original() {
        return (RuntimeException) getCause();
    }
}
