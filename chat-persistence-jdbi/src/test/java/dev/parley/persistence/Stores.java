package dev.parley.persistence;

import dev.parley.core.testing.PersistenceUnderTest;

/** Test fixture: the ports of an open {@link JdbiPersistence}, as the core's contracts take them. */
final class Stores {

    private Stores() {
    }

    static PersistenceUnderTest portsOf(JdbiPersistence persistence) {
        return new PersistenceUnderTest(persistence.users(), persistence.credentials(), persistence.conversations(),
                persistence.messages(), persistence.usage(), persistence.prompts(), persistence.files(),
                persistence.transactions());
    }
}
