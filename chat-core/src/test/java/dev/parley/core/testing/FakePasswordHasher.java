package dev.parley.core.testing;

import dev.parley.core.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/** Fake {@link PasswordHasher}: salted SHA-256, fast enough for tests, never for production. */
public final class FakePasswordHasher implements PasswordHasher {

    private final AtomicLong salts = new AtomicLong();

    @Override
    public String hash(String password) {
        String salt = Long.toString(salts.incrementAndGet());
        return "fake$" + salt + "$" + digest(salt, password);
    }

    @Override
    public boolean matches(String password, String hash) {
        String[] parts = hash.split("\\$");
        return parts.length == 3 && parts[0].equals("fake")
                && MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.UTF_8),
                        digest(parts[1], password).getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(String salt, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
