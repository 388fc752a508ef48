package dev.parley.persistence;

class PostgresJdbiRaceTest extends AbstractJdbiRaceTest {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.freshDatabase();
    }
}
