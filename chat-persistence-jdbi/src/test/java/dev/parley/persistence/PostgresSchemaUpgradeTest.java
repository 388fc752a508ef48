package dev.parley.persistence;

class PostgresSchemaUpgradeTest extends AbstractSchemaUpgradeTest {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.freshDatabase();
    }
}
