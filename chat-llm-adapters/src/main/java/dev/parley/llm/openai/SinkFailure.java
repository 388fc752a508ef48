package dev.parley.llm.openai;

/**
 * Carries an exception thrown by the caller's sink past the adapter's own error handling, so it can
 * be rethrown unchanged once the upstream call is released.
 */
final class SinkFailure extends RuntimeException {

    SinkFailure(RuntimeException cause) {
        super(cause);
    }

    RuntimeException original() {
        return (RuntimeException) getCause();
    }
}
