package dev.parley.core.testing;

import dev.parley.core.port.out.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Fake {@link IdGenerator}: UUIDs 00000000-0000-0000-0000-000000000001, …2, …3 in order; secrets "secret-1", "secret-2"… */
public final class SequentialIds implements IdGenerator {

    private final AtomicLong next = new AtomicLong();

    @Override
    public UUID newUuid() {
        return new UUID(0, next.incrementAndGet());
    }

    @Override
    public String newSecret() {
        return "secret-" + next.incrementAndGet();
    }
}
