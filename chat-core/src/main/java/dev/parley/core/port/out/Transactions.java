package dev.parley.core.port.out;

import java.util.function.Supplier;

/**
 * Outgoing port: runs work atomically. Repository calls made by {@code work} on the calling thread
 * commit together when it returns, or not at all when it throws (the exception is rethrown
 * unchanged). Nested calls join the outer transaction. A transaction is short: never call a model
 * or any other slow remote service inside one.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
