package dev.parley.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.port.out.IdGenerator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Contract of {@link IdGenerator}; every implementation's test extends it. */
public abstract class IdGeneratorContract {

    protected abstract IdGenerator ids();

    @Test
    void idsNeverRepeatEvenWhenMintedConcurrently() {
        IdGenerator ids = ids();
        Set<UUID> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 20_000).parallel().forEach(i -> assertThat(seen.add(ids.newUuid())).isTrue());

        assertThat(seen).hasSize(20_000).doesNotContainNull();
    }

    @Test
    void secretsNeverRepeatAndAreUrlSafe() {
        IdGenerator ids = ids();
        Set<String> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 2_000).parallel().forEach(i -> assertThat(seen.add(ids.newSecret())).isTrue());

        assertThat(seen).allSatisfy(secret -> assertThat(secret).matches("[A-Za-z0-9_-]+"));
    }
}
