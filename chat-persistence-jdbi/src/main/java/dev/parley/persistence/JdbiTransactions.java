package dev.parley.persistence;

import dev.parley.core.port.out.Transactions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Driven adapter: {@link Transactions} as one JDBC transaction per outermost call, which the
 * repositories of the same {@link JdbiPersistence} join when called on the same thread.
 */
final class JdbiTransactions implements Transactions {

    private final Handles handles;

    JdbiTransactions(Handles handles) {
        this.handles = handles;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return handles.inTransaction(handle -> work.get());
    }
}
