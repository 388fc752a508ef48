package dev.parley.core.port.out;

/**
 * Outgoing callback: receives a reply's text piece by piece, in order, on the thread that called
 * {@link ChatModel#stream}. A sink may throw to stop the stream; the model then releases the
 * upstream call and lets the exception propagate unchanged.
 */
@FunctionalInterface
public interface TokenSink {

    void accept(String token);
}
