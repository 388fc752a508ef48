package dev.parley.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.port.out.PasswordHasher;
import org.junit.jupiter.api.Test;

/** Contract of {@link PasswordHasher}; every implementation's test extends it. */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher newHasher();

    private PasswordHasher hasher;

    @org.junit.jupiter.api.BeforeEach
    void createHasher() {
        hasher = newHasher();
    }

    private PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String hash = hasher().hash("correct horse battery");

        assertThat(hasher().matches("correct horse battery", hash)).isTrue();
        assertThat(hasher().matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher().matches("", hash)).isFalse();
    }

    @Test
    void hashingTwiceIsSaltedDifferentlyAndNeitherShowsThePassword() {
        String first = hasher().hash("correct horse battery");
        String second = hasher().hash("correct horse battery");

        assertThat(first).isNotEqualTo(second).doesNotContain("correct horse battery");
        assertThat(hasher().matches("correct horse battery", second)).isTrue();
    }

    @Test
    void aMalformedHashMatchesNothingRatherThanFailing() {
        assertThat(hasher().matches("anything", "not a hash at all")).isFalse();
        assertThat(hasher().matches("anything", "")).isFalse();
    }
}
