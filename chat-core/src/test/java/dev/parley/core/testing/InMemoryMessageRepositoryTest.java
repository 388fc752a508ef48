package dev.parley.core.testing;

/** The in-memory fake honours the MessageRepository contract. */
class InMemoryMessageRepositoryTest extends MessageRepositoryContract {

    @Override
    protected PersistenceUnderTest newPersistence() {
        return PersistenceUnderTest.inMemory();
    }
}
