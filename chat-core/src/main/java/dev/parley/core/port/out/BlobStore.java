package dev.parley.core.port.out;

import dev.parley.core.domain.error.NotFoundException;
import java.io.InputStream;

/**
 * Outgoing port: where uploaded files' bytes live, under server-chosen keys (URL-safe, at most 64
 * characters; never a client's file name). Writing a key that exists replaces it; deleting a key
 * that does not exist does nothing. Thread-safe. Storage failures are unchecked
 * ({@link java.io.UncheckedIOException}).
 */
public interface BlobStore {

    void write(String key, byte[] bytes);

    /**
     * The bytes under {@code key}, for the caller to close.
     *
     * @throws NotFoundException when nothing is stored under it
     */
    InputStream read(String key);

    void delete(String key);
}
