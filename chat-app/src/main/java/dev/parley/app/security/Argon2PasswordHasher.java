package dev.parley.app.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.parley.core.port.out.PasswordHasher;

/**
 * Driven adapter: Argon2id password hashing at OWASP's recommended parameters (19 MiB of memory,
 * 2 iterations, 1 lane), salted with 16 random bytes, in the standard PHC string format.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int HASH_LENGTH = 32;
    private static final int SALT_LENGTH = 16;

    private final Argon2Function argon2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_LENGTH, Argon2.ID);

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_LENGTH).with(argon2).getResult();
    }

    @Override
    public boolean matches(String password, String hash) {
        if (!hash.startsWith("$argon2id$")) {
            return false;
        }
        try {
            // The hash carries its own parameters, so hashes made with older settings still verify.
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
