package dev.parley.persistence;

import dev.parley.core.testing.UsageRepositoryContract;
import dev.parley.core.testing.PersistenceUnderTest;

class PostgresUsageRepositoryTest extends UsageRepositoryContract {

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
