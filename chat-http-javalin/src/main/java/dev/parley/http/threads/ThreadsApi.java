package dev.parley.http.threads;

import dev.parley.http.support.DialectSupport;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/** HTTP adapter, seed 003 (threads, Django with cookie sessions): the dialect's entry point, registering all of its routes. */
public final class ThreadsApi {

    private final DialectSupport support;

    public ThreadsApi(DialectSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public void register(RoutesConfig routes) {
        // The dialect's routes are added here.
    }
}
