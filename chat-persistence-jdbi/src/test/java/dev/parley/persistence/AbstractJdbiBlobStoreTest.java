package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.out.BlobStore;
import dev.parley.core.testing.BlobStoreContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The database blob store honours the BlobStore contract, and also refuses malformed keys and joins transactions. */
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
