package dev.parley.core.testing;

import dev.parley.core.port.out.TokenService;
import java.time.Clock;

/** The fake token service honours the TokenService contract. */
class FakeTokenServiceTest extends TokenServiceContract {

    @Override
    protected TokenService tokens(Clock clock) {
        return new FakeTokenService(clock);
    }
}
