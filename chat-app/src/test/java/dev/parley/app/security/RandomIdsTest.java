package dev.parley.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.port.out.IdGenerator;
import dev.parley.core.testing.IdGeneratorContract;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RandomIdsTest extends IdGeneratorContract {

    @Override
    protected IdGenerator ids() {
        return new RandomIds();
    }

    @Test
    void aSecretCarries256RandomBits() {
        assertThat(Base64.getUrlDecoder().decode(new RandomIds().newSecret())).hasSize(32);
    }
}
