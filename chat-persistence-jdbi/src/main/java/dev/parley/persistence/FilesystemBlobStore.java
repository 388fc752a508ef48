package dev.parley.persistence;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.out.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Driven adapter: {@link BlobStore} as one file per key under a root directory, in a subdirectory
 * named by the key's first two characters so that no directory holds every file. A file's name is
 * its key and nothing else; keys must follow {@link BlobKeys}, else {@link IllegalArgumentException},
 * so no key can reach outside the root. A write goes to a temporary file that is flushed to disk and
 * then renamed over the key's file, so a reader or a crash sees the old bytes or the new, never part.
 * On POSIX file systems the directories it creates and every file are its owner's alone.
 */
public final class FilesystemBlobStore implements BlobStore {

    private static final String RESOURCE = "File";
    // A key holds no dot, so a temporary file can never be taken for a blob.
    private static final String TEMP_PREFIX = ".writing-";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path root;
    private final boolean posix;

    /**
     * A store under {@code root}, which is created (owner-only) if missing.
     *
     * @throws UncheckedIOException when the directory cannot be created
     */
    public FilesystemBlobStore(Path root) {
        this.posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            this.root = Files.createDirectories(root, directoryAttributes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the blob directory " + root, e);
        }
    }

    @Override
    public void write(String key, byte[] bytes) {
        Path target = fileOf(key);
        try {
            Path shard = shardFor(target);
            Path temp = posix
                    ? Files.createTempFile(shard, TEMP_PREFIX, TEMP_SUFFIX,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(shard, TEMP_PREFIX, TEMP_SUFFIX);
            try {
                writeDurably(temp, bytes);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException failure) {
                deleteQuietly(temp, failure);
                throw failure;
            }
            syncDirectory(shard);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store blob " + key, e);
        }
    }

    @Override
    public InputStream read(String key) {
        try {
            return Files.newInputStream(fileOf(key));
        } catch (NoSuchFileException e) {
            throw new NotFoundException(RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read blob " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(fileOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete blob " + key, e);
        }
    }

    private Path fileOf(String key) {
        BlobKeys.checked(key);
        return root.resolve(key.substring(0, Math.min(2, key.length()))).resolve(key);
    }

    /** The key's directory, created if missing; a new one is made durable in the root. */
    private Path shardFor(Path file) throws IOException {
        Path shard = file.getParent();
        if (Files.isDirectory(shard)) {
            return shard;
        }
        try {
            Files.createDirectory(shard, directoryAttributes());
            syncDirectory(root);
        } catch (FileAlreadyExistsException racedWithAnotherWriter) {
            // Another writer made it first; it is just as good.
        }
        return shard;
    }

    private FileAttribute<?>[] directoryAttributes() {
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes a rename or a new entry in {@code directory} survive a crash; only POSIX systems can. */
    private void syncDirectory(Path directory) throws IOException {
        if (posix) {
            try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    private static void deleteQuietly(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
