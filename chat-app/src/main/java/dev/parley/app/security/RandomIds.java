package dev.parley.app.security;

import dev.parley.core.port.out.IdGenerator;
import java.util.UUID;

/** Driven adapter: random (version 4) UUIDs from the JDK's cryptographically strong generator. */
public final class RandomIds implements IdGenerator {

    @Override
    public UUID newUuid() {
        return UUID.randomUUID();
    }
}
