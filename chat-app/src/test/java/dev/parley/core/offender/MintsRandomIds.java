package dev.parley.core.offender;

import java.util.UUID;

/** Test fixture: a would-be core class that mints random ids, which the architecture test must catch. */
public final class MintsRandomIds {

    public UUID id() {
        return UUID.randomUUID();
    }
}
