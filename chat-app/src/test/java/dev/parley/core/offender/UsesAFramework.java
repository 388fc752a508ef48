package dev.parley.core.offender;

import org.slf4j.LoggerFactory;

/** Test fixture: a would-be core class that depends on a library, which the architecture test must catch. */
public final class UsesAFramework {

    public void log() {
        LoggerFactory.getLogger(UsesAFramework.class).info("the core has no dependencies");
    }
}
