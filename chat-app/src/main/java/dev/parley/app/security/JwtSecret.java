package dev.parley.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Configuration value: the key that signs access tokens. Given by the operator, or generated once
 * and kept in the data directory, readable by its owner only, so tokens survive a restart.
 */
public final class JwtSecret {

    static final String FILE_NAME = "jwt-secret";
    private static final int MIN_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] bytes;

    private JwtSecret(byte[] bytes) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("PARLEY_JWT_SECRET must be at least " + MIN_BYTES + " bytes long");
        }
        this.bytes = bytes.clone();
    }

    /** The operator's secret, as given in PARLEY_JWT_SECRET. */
    public static JwtSecret of(String secret) {
        return new JwtSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The secret kept in {@code dataDir}, created there (owner-only) the first time. */
    public static JwtSecret kept(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[64];
                new SecureRandom().nextBytes(fresh);
                create(file, Base64.getEncoder().encodeToString(fresh));
            }
            return new JwtSecret(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT secret in " + dataDir, e);
        }
    }

    private static void create(Path file, String content) throws IOException {
        try {
            boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            // Another process created it first; its secret is as good as ours.
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "JwtSecret[<redacted>]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JwtSecret that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
