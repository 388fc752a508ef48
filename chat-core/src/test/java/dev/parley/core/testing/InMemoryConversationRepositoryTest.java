package dev.parley.core.testing;

/** The in-memory fake honours the ConversationRepository contract. */
class InMemoryConversationRepositoryTest extends ConversationRepositoryContract {

    @Override
    protected PersistenceUnderTest newPersistence() {
        return PersistenceUnderTest.inMemory();
    }
}
