package dev.parley.core.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Domain rule: how an opaque secret is stored: its SHA-256, hex-encoded. The secrets are 256 random
 * bits, so a fast unsalted hash is enough; a database leak then yields no usable credential.
 */
public final class Secrets {

    private Secrets() {
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
