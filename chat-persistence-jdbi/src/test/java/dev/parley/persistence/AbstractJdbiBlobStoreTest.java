package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.out.BlobStore;
import dev.parley.core.service.CoreOptions;
import dev.parley.core.testing.BlobStoreContract;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The database blob store honours the BlobStore contract; it also refuses malformed keys, holds the
 * largest upload, and joins the caller's transaction.
 */
abstract class AbstractJdbiBlobStoreTest extends BlobStoreContract {

    private JdbiPersistence persistence;

    /** A new, empty database. */
    protected abstract DatabaseSettings newDatabase();

    @Override
    protected BlobStore newBlobStore() {
        persistence = JdbiPersistence.open(newDatabase());
        return persistence.blobs();
    }

    @Override
    protected void closeBlobStore() {
        persistence.close();
    }

    @Test
    void aKeyThatIsNotOnePlainNameIsRefused() {
        for (String key : List.of("", "../x", "a/b", "a.b", "é", "k".repeat(65))) {
            assertThatThrownBy(() -> blobs.write(key, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> blobs.read(key)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> blobs.delete(key)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFileAsLargeAsTheDefaultUploadLimitFitsInOneRow() {
        byte[] largest = new byte[Math.toIntExact(CoreOptions.DEFAULT_MAX_UPLOAD_BYTES)];
        new Random(7).nextBytes(largest);

        blobs.write("largest", largest);

        assertSameBytes(readAll("largest"), largest);
    }

    @Test
    void aWriteInsideATransactionThatRollsBackLeavesNoBlob() {
        blobs.write("kept", new byte[] {1});
        RuntimeException failure = new IllegalStateException("rolled back");

        assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
            blobs.write("doc", new byte[] {2});
            blobs.delete("kept");
            assertThat(readAll("doc")).containsExactly(2);
            throw failure;
        })).isSameAs(failure);

        assertThatThrownBy(() -> blobs.read("doc")).isInstanceOf(NotFoundException.class);
        assertThat(readAll("kept")).containsExactly(1);
    }
}
