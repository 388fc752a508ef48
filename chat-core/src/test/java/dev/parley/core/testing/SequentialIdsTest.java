package dev.parley.core.testing;

import dev.parley.core.port.out.IdGenerator;

/** The sequential fake honours the IdGenerator contract. */
class SequentialIdsTest extends IdGeneratorContract {

    @Override
    protected IdGenerator ids() {
        return new SequentialIds();
    }
}
