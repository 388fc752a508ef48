package dev.parley.core.testing;

/** The in-memory fake honours the PromptRepository contract. */
class InMemoryPromptRepositoryTest extends PromptRepositoryContract {

    @Override
    protected PersistenceUnderTest newPersistence() {
        return PersistenceUnderTest.inMemory();
    }
}
