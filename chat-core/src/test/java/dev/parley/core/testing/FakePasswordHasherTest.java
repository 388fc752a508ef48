package dev.parley.core.testing;

import dev.parley.core.port.out.PasswordHasher;

/** The fast fake hasher honours the PasswordHasher contract. */
class FakePasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher newHasher() {
        return new FakePasswordHasher();
    }
}
