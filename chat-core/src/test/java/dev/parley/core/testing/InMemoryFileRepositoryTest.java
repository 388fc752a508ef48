package dev.parley.core.testing;

/** The in-memory fake honours the FileRepository contract. */
class InMemoryFileRepositoryTest extends FileRepositoryContract {

    @Override
    protected PersistenceUnderTest newPersistence() {
        return PersistenceUnderTest.inMemory();
    }
}
