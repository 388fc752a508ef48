package dev.parley.app.security;

import dev.parley.core.port.out.IdGenerator;
import dev.parley.core.testing.IdGeneratorContract;

class RandomIdsTest extends IdGeneratorContract {

    @Override
    protected IdGenerator ids() {
        return new RandomIds();
    }
}
