package dev.parley.persistence;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The handle each repository call runs on: the one of the transaction open on this thread, or a
 * fresh one of its own. This is how calls made inside {@link JdbiTransactions} join its transaction.
 */
final class Handles {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    Handles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code work} in the thread's open transaction, or else on its own auto-committing handle. */
    <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        Handle handle = current.get();
        return handle != null ? work.withHandle(handle) : jdbi.withHandle(work);
    }

    /**
     * Runs {@code work} in the thread's open transaction, or else in a new one that every call made on
     * this thread until it ends joins. Whatever {@code work} throws rolls the new transaction back and
     * is rethrown unchanged.
     */
    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        Handle open = current.get();
        if (open != null) {
            return work.withHandle(open);
        }
        return jdbi.inTransaction(handle -> {
            current.set(handle);
            try {
                return work.withHandle(handle);
            } finally {
                current.remove();
            }
        });
    }
}
