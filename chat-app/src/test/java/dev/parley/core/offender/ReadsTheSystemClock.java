package dev.parley.core.offender;

import java.time.Instant;

/** Test fixture: a would-be core class that reads the system clock, which the architecture test must catch. */
public final class ReadsTheSystemClock {

    public Instant stamp() {
        return Instant.now();
    }
}
