package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.out.BlobStore;
import dev.parley.core.testing.BlobStoreContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilesystemBlobStoreTest extends BlobStoreContract {

    private static final String UUID_KEY = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @TempDir
    Path dataDir;

    private Path root;

    @Override
    protected BlobStore newBlobStore() {
        root = dataDir.resolve("data").resolve("blobs");
        return new FilesystemBlobStore(root);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "..", ".", "../x", "a/b", "a\\b", "/etc/passwd", "a.b", "a b", "ab\n", "ключ", "é",
            "%2e%2e", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void aKeyThatIsNotOnePlainNameIsRefusedAndTouchesNothing(String key) throws IOException {
        assertThatThrownBy(() -> blobs.write(key, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> blobs.read(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> blobs.delete(key)).isInstanceOf(IllegalArgumentException.class);

        assertThat(everythingUnder(dataDir)).containsExactlyInAnyOrder(dataDir.resolve("data"), root);
    }

    @Test
    void aBlobIsOneFileNamedByItsKeyInTheDirectoryOfItsFirstTwoCharacters() throws IOException {
        blobs.write(UUID_KEY, new byte[] {1, 2});
        blobs.write("x", new byte[] {3});

        assertThat(everythingUnder(root)).containsExactlyInAnyOrder(
                root.resolve("0f"), root.resolve("0f").resolve(UUID_KEY), root.resolve("x"), root.resolve("x").resolve("x"));
        assertThat(Files.readAllBytes(root.resolve("0f").resolve(UUID_KEY))).containsExactly(1, 2);
    }

    @Test
    void theDirectoriesItCreatesAndEveryFileAreTheOwnersAlone() throws IOException {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"));

        blobs.write(UUID_KEY, new byte[] {1});
        blobs.write(UUID_KEY, new byte[] {2});

        for (Path directory : List.of(dataDir.resolve("data"), root, root.resolve("0f"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("0f").resolve(UUID_KEY))))
                .isEqualTo("rw-------");
    }

    @Test
    void aTemporaryFileHalfWrittenWhenTheServerCrashedIsNeverTakenForTheBlob() throws IOException {
        blobs.write("doc", "whole".getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("do").resolve(".writing-123.tmp"), "half".getBytes(StandardCharsets.UTF_8));
        Files.createDirectory(root.resolve("ne"));
        Files.write(root.resolve("ne").resolve(".writing-456.tmp"), "half".getBytes(StandardCharsets.UTF_8));

        BlobStore reopened = new FilesystemBlobStore(root);

        assertThat(contentOf(reopened, "doc")).asString(StandardCharsets.UTF_8).isEqualTo("whole");
        assertThatThrownBy(() -> reopened.read("new")).isInstanceOf(NotFoundException.class);
        reopened.write("new", "fresh".getBytes(StandardCharsets.UTF_8));
        assertThat(contentOf(reopened, "new")).asString(StandardCharsets.UTF_8).isEqualTo("fresh");
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws IOException {
        blobs.write("doc", new byte[] {1});
        blobs.write("doc", new byte[] {2});
        blobs.write("dog", new byte[] {3});

        try (Stream<Path> files = Files.list(root.resolve("do"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("doc", "dog");
        }
    }

    @Test
    void aReaderKeepsTheBytesItOpenedWhenTheBlobIsReplacedOrDeleted() throws IOException {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"));
        blobs.write("doc", "first".getBytes(StandardCharsets.UTF_8));

        try (InputStream first = blobs.read("doc")) {
            blobs.write("doc", "second".getBytes(StandardCharsets.UTF_8));
            try (InputStream second = blobs.read("doc")) {
                blobs.delete("doc");

                assertThat(first).hasContent("first");
                assertThat(second).hasContent("second");
            }
        }
    }

    @Test
    void aRootThatAlreadyExistsKeepsItsPermissionsAndItsBlobs() throws IOException {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"));
        Path shared = Files.createDirectory(dataDir.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        new FilesystemBlobStore(shared).write("doc", new byte[] {7});

        BlobStore reopened = new FilesystemBlobStore(shared);

        assertThat(contentOf(reopened, "doc")).containsExactly(7);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-x---");
    }

    private static byte[] contentOf(BlobStore store, String key) throws IOException {
        try (InputStream in = store.read(key)) {
            return in.readAllBytes();
        }
    }

    private static List<Path> everythingUnder(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> !path.equals(directory)).toList();
        }
    }
}
