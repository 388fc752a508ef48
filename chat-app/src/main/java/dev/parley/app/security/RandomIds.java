package dev.parley.app.security;

import dev.parley.core.port.out.IdGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Driven adapter: random (version 4) UUIDs, and secrets of 256 bits from the JDK's cryptographically
 * strong generator, encoded as 43 URL-safe characters.
 */
public final class RandomIds implements IdGenerator {

    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public UUID newUuid() {
        return UUID.randomUUID();
    }

    @Override
    public String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
