package dev.parley.core.testing;

/** The in-memory fake honours the UserRepository contract. */
class InMemoryUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected PersistenceUnderTest newPersistence() {
        return PersistenceUnderTest.inMemory();
    }
}
