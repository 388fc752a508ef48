package dev.parley.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Configuration value: the key that signs access tokens. Given by the operator, or generated once
 * and kept in the data directory, readable by its owner only, so tokens survive a restart. The file
 * appears whole or not at all (written aside, synced, then linked into place), so a crash or a
 * second process starting at the same moment can never leave an empty or half-written secret.
 */
public final class JwtSecret {

    static final String FILE_NAME = "jwt-secret";
    private static final int MIN_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] bytes;

    private JwtSecret(byte[] bytes, String source) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException(source + " must hold at least " + MIN_BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** The operator's secret, as given in PARLEY_JWT_SECRET. */
    public static JwtSecret of(String secret) {
        return new JwtSecret(secret.getBytes(StandardCharsets.UTF_8), "PARLEY_JWT_SECRET");
    }

    /** The secret kept in {@code dataDir}, created there (owner-only) the first time. */
    public static JwtSecret kept(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                createWhole(file);
            }
            restrictToOwner(file);
            String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new JwtSecret(Base64.getDecoder().decode(stored), "The secret file " + file);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The secret file " + file + " is damaged: delete it to have a new one "
                    + "generated (tokens issued until now stop working) or set PARLEY_JWT_SECRET", notBase64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT secret " + file, e);
        }
    }

    private static void createWhole(Path file) throws IOException {
        byte[] fresh = new byte[64];
        new SecureRandom().nextBytes(fresh);
        byte[] content = Base64.getEncoder().encode(fresh);
        Path aside = posix(file)
                ? Files.createTempFile(file.getParent(), FILE_NAME, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(file.getParent(), FILE_NAME, ".new");
        try {
            try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            // A hard link never replaces an existing file: if another process won the race, its secret stands.
            Files.createLink(file, aside);
        } catch (FileAlreadyExistsException raced) {
            // Keep the winner's secret.
        } catch (UnsupportedOperationException | AtomicMoveNotSupportedException noLinks) {
            Files.move(aside, file);
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
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
