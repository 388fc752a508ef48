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
}
