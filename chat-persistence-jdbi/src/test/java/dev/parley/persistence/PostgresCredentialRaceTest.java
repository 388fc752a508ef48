package dev.parley.persistence;

class PostgresCredentialRaceTest extends AbstractCredentialRaceTest {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.freshDatabase();
    }
}
