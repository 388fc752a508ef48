package dev.parley.core.testing;

import dev.parley.core.port.out.Transactions;
import java.util.function.Supplier;

/** Fake {@link Transactions} over an {@link InMemoryDatabase}: serialised, with real rollback. */
public final class InMemoryTransactions implements Transactions {

    private final InMemoryDatabase database;

    public InMemoryTransactions(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.transaction(work);
    }
}
