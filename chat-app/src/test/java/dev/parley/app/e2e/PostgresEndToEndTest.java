package dev.parley.app.e2e;

import dev.parley.app.Settings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/** The end-to-end walk with PARLEY_DB_URL pointing at a real PostgreSQL server. */
class PostgresEndToEndTest extends EndToEndScenarios {

    private EmbeddedPostgres postgres;

    @Override
    protected Optional<Settings.Database> database() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
        return Optional.of(new Settings.Database(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", ""));
    }

    @AfterAll
    void stopPostgres() throws IOException {
        postgres.close();
    }
}
