package dev.parley.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretTest {

    @Test
    void aGeneratedSecretIsKeptOwnerOnlyAndReusedOnTheNextStart(@TempDir Path dataDir) throws Exception {
        JwtSecret first = JwtSecret.kept(dataDir);
        JwtSecret second = JwtSecret.kept(dataDir);

        Path file = dataDir.resolve(JwtSecret.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second).isEqualTo(first);
        assertThat(first.toString()).doesNotContain(Files.readString(file).strip());
    }

    @Test
    void aShortConfiguredSecretIsRefused() {
        assertThatThrownBy(() -> JwtSecret.of("too short")).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void creatingTheSecretLeavesNothingButTheSecretBehind(@TempDir Path dataDir) throws Exception {
        JwtSecret.kept(dataDir);

        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(JwtSecret.FILE_NAME);
        }
    }

    @Test
    void aDamagedSecretFileIsNamedWithTheWayOut(@TempDir Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve(JwtSecret.FILE_NAME), "");

        assertThatThrownBy(() -> JwtSecret.kept(dataDir))
                .hasMessageContaining(dataDir.resolve(JwtSecret.FILE_NAME).toString())
                .hasMessageContaining("delete it");
    }

    @Test
    void aSecretFileOthersCouldReadIsMadeOwnerOnly(@TempDir Path dataDir) throws Exception {
        JwtSecret first = JwtSecret.kept(dataDir);
        Path file = dataDir.resolve(JwtSecret.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        JwtSecret again = JwtSecret.kept(dataDir);

        assertThat(again).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
