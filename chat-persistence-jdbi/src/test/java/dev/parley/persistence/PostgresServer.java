package dev.parley.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: one real PostgreSQL server per test JVM, started on first use on a loopback port and
 * stopped when the JVM exits. Each caller gets a database of its own, so tests never see each
 * other's rows.
 */
final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private PostgresServer() {
    }

    /** Settings for a new, empty database on the shared server. */
    static DatabaseSettings freshDatabase() {
        String name = "parley_test_" + DATABASES.incrementAndGet();
        EmbeddedPostgres server = Holder.SERVER;
        try (Connection admin = server.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new DatabaseSettings(
                "jdbc:postgresql://localhost:" + server.getPort() + "/" + name, "postgres", "", 5);
    }

    /** Starts the server the first time it is needed; class initialisation makes that happen once. */
    private static final class Holder {

        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, "embedded-postgres-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
    }
}
