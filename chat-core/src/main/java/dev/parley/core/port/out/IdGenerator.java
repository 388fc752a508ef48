package dev.parley.core.port.out;

import java.util.UUID;

/** Outgoing port: mints identifiers and secrets the core cannot ask a database for. Thread-safe; never repeats. */
public interface IdGenerator {

    UUID newUuid();

    /** A fresh unguessable secret: at least 256 random bits, URL-safe characters only. */
    String newSecret();
}
