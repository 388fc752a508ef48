package dev.parley.core.testing;

/** The in-memory fake honours the UsageRepository contract. */
class InMemoryUsageRepositoryTest extends UsageRepositoryContract {

    @Override
    protected PersistenceUnderTest newPersistence() {
        return PersistenceUnderTest.inMemory();
    }
}
