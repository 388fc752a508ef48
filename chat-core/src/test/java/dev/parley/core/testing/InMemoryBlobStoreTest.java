package dev.parley.core.testing;

import dev.parley.core.port.out.BlobStore;

/** The in-memory fake honours the BlobStore contract. */
class InMemoryBlobStoreTest extends BlobStoreContract {

    @Override
    protected BlobStore newBlobStore() {
        return new InMemoryBlobStore();
    }
}
