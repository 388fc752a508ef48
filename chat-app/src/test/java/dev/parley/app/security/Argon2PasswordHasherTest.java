package dev.parley.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.port.out.PasswordHasher;
import dev.parley.core.testing.PasswordHasherContract;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher newHasher() {
        return new Argon2PasswordHasher();
    }

    @Test
    void hashesAreArgon2idAtOwaspParameters() {
        assertThat(new Argon2PasswordHasher().hash("correct horse battery")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void aHashOfAnotherAlgorithmNeverMatches() {
        String bcrypt = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
        assertThat(new Argon2PasswordHasher().matches("anything", bcrypt)).isFalse();
    }
}
