package dev.parley.persistence;

import dev.parley.core.testing.FileRepositoryContract;
import dev.parley.core.testing.PersistenceUnderTest;

class PostgresFileRepositoryTest extends FileRepositoryContract {

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
