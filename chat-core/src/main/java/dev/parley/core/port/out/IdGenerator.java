package dev.parley.core.port.out;

import java.util.UUID;

/** Outgoing port: mints identifiers the core cannot ask a database for. Thread-safe; never repeats. */
@FunctionalInterface
public interface IdGenerator {

    UUID newUuid();
}
