package dev.parley.core.testing;

/** The in-memory fake honours the CredentialRepository contract. */
class InMemoryCredentialRepositoryTest extends CredentialRepositoryContract {

    @Override
    protected PersistenceUnderTest newPersistence() {
        return PersistenceUnderTest.inMemory();
    }
}
