package dev.parley.core.port.out;

/**
 * Outgoing port: one-way password hashing. {@link #hash} salts, so hashing one password twice gives
 * two different strings that both {@link #matches} it. Thread-safe; arguments are never null.
 */
public interface PasswordHasher {

    String hash(String password);

    /** True when {@code password} is the one {@code hash} was made from; false for a malformed hash. */
    boolean matches(String password, String hash);
}
