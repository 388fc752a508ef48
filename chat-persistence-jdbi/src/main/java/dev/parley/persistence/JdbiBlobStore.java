package dev.parley.persistence;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.out.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/**
 * Driven adapter: {@link BlobStore} on the {@code blobs} table, for deployments whose nodes share
 * one database. Calls made inside a {@link JdbiTransactions} transaction join it. Keys must follow
 * {@link BlobKeys}, else {@link IllegalArgumentException}.
 */
final class JdbiBlobStore implements BlobStore {

    private static final String RESOURCE = "File";

    private final Handles handles;

    JdbiBlobStore(Handles handles) {
        this.handles = handles;
    }

    @Override
    public void write(String key, byte[] bytes) {
        BlobKeys.checked(key);
        handles.withHandle(handle -> handle.createUpdate(upsert(handle))
                .bind("key", key)
                .bind("content", bytes)
                .bind("size", (long) bytes.length)
                .execute());
    }

    @Override
    public InputStream read(String key) {
        BlobKeys.checked(key);
        // Read whole: the handle goes back to the pool when this call ends, and uploads are capped in size.
        byte[] content = handles.withHandle(handle -> handle.createQuery(
                        "SELECT content FROM blobs WHERE blob_key = :key")
                .bind("key", key)
                .map((row, context) -> row.getBytes("content"))
                .findOne())
                .orElseThrow(() -> new NotFoundException(RESOURCE));
        return new ByteArrayInputStream(content);
    }

    @Override
    public void delete(String key) {
        BlobKeys.checked(key);
        handles.withHandle(handle -> handle.createUpdate("DELETE FROM blobs WHERE blob_key = :key")
                .bind("key", key)
                .execute());
    }

    /**
     * One statement that inserts or replaces, so writers racing on one key cannot both try to insert.
     * The databases have no spelling of it in common that is safe under that race (PostgreSQL's MERGE
     * is not), hence one each.
     */
    private static String upsert(Handle handle) {
        if (isPostgres(handle)) {
            return """
                    INSERT INTO blobs (blob_key, content, size_bytes, created_at)
                    VALUES (:key, :content, :size, CURRENT_TIMESTAMP)
                    ON CONFLICT (blob_key) DO UPDATE
                    SET content = EXCLUDED.content, size_bytes = EXCLUDED.size_bytes, created_at = EXCLUDED.created_at""";
        }
        return """
                MERGE INTO blobs (blob_key, content, size_bytes, created_at) KEY (blob_key)
                VALUES (:key, :content, :size, CURRENT_TIMESTAMP)""";
    }

    private static boolean isPostgres(Handle handle) {
        try {
            return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database this is", e);
        }
    }
}
