package dev.parley.persistence;

import dev.parley.core.testing.UserRepositoryContract;
import dev.parley.core.testing.PersistenceUnderTest;

class PostgresUserRepositoryTest extends UserRepositoryContract {

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
