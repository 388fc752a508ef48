package dev.parley.persistence;

class PostgresJdbiBlobStoreTest extends AbstractJdbiBlobStoreTest {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.freshDatabase();
    }
}
