package dev.parley.http.drf;

import dev.parley.http.support.DialectSupport;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/** HTTP adapter, seed 001 (drf, Django REST framework with SimpleJWT): the dialect's entry point, registering all of its routes. */
public final class DrfApi {

    private final DialectSupport support;

    public DrfApi(DialectSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public void register(RoutesConfig routes) {
        // The dialect's routes are added here.
    }
}
