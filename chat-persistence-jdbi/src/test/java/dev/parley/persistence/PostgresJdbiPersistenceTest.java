package dev.parley.persistence;

class PostgresJdbiPersistenceTest extends AbstractJdbiPersistenceTest {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.freshDatabase();
    }
}
