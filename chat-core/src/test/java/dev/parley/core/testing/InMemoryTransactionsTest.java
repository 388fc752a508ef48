package dev.parley.core.testing;

/** The in-memory fake honours the Transactions contract. */
class InMemoryTransactionsTest extends TransactionsContract {

    @Override
    protected PersistenceUnderTest newPersistence() {
        return PersistenceUnderTest.inMemory();
    }
}
