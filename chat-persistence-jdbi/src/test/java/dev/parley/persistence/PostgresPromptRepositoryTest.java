package dev.parley.persistence;

import dev.parley.core.testing.PersistenceUnderTest;
import dev.parley.core.testing.PromptRepositoryContract;

class PostgresPromptRepositoryTest extends PromptRepositoryContract {

    private JdbiPersistence persistence;

    @Override
    protected PersistenceUnderTest newPersistence() {
        persistence = JdbiPersistence.open(PostgresServer.freshDatabase());
        return Stores.portsOf(persistence);
    }

    @Override
    protected void closePersistence() {
        persistence.close();
    }
}
