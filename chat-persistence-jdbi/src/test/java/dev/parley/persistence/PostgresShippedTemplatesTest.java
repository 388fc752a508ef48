package dev.parley.persistence;

class PostgresShippedTemplatesTest extends AbstractShippedTemplatesTest {

    @Override
    protected DatabaseSettings newDatabase() {
        return PostgresServer.freshDatabase();
    }
}
