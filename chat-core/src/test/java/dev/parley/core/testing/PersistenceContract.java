package dev.parley.core.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Test base: gives each persistence contract test a new, empty store and releases it afterwards.
 * A store's test supplies the two hooks once per contract it extends.
 */
public abstract class PersistenceContract {

    protected PersistenceUnderTest store;

    /** A new, empty store; called before each test. */
    protected abstract PersistenceUnderTest newPersistence();

    /** Releases the store; called after each test. */
    protected void closePersistence() {
    }

    @BeforeEach
    final void openStore() {
        store = newPersistence();
    }

    @AfterEach
    final void closeStore() {
        closePersistence();
    }
}
