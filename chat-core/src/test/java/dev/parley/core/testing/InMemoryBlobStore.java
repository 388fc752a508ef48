package dev.parley.core.testing;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.port.out.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Fake {@link BlobStore} in a map; tests can see which keys hold bytes. */
public final class InMemoryBlobStore implements BlobStore {

    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public void write(String key, byte[] bytes) {
        blobs.put(key, bytes.clone());
    }

    @Override
    public InputStream read(String key) {
        byte[] bytes = blobs.get(key);
        if (bytes == null) {
            throw new NotFoundException("File");
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void delete(String key) {
        blobs.remove(key);
    }

    public Set<String> keys() {
        return Set.copyOf(blobs.keySet());
    }
}
