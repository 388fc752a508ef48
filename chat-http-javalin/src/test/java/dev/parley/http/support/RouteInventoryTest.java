package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A server cannot be built with a route that does not say who may call it. */
class RouteInventoryTest {

    private final RouteInventory inventory = new RouteInventory();

    @Test
    void aRouteWithoutAnAccessDeclarationStopsTheServerFromBeingBuilt() {
        assertThatThrownBy(() -> Javalin.create(config -> {
            config.startup.startupWatcherEnabled = false;
            inventory.watch(config.events);
            config.routes.get("/v1/forgotten", ctx -> ctx.result("open to all"));
        })).hasStackTraceContaining("GET /v1/forgotten must declare exactly one access");
    }

    @Test
    void aRouteDeclaringTwoAccessesStopsTheServerFromBeingBuilt() {
        assertThatThrownBy(() -> Javalin.create(config -> {
            config.startup.startupWatcherEnabled = false;
            inventory.watch(config.events);
            config.routes.addEndpoint(Endpoint.create(HandlerType.POST, "/v1/unsure")
                    .addMetadata(new Roles(Set.of(Access.USER, Access.ADMIN))).handler(ctx -> ctx.result("?")));
        })).hasStackTraceContaining("POST /v1/unsure must declare exactly one access");
    }

    @Test
    void declaredRoutesAreListedWithTheirAccessAndFiltersAreNoRoutes() {
        Javalin.create(config -> {
            config.startup.startupWatcherEnabled = false;
            inventory.watch(config.events);
            config.routes.before(ctx -> ctx.header("X-Filter", "yes"));
            config.routes.addEndpoint(Access.ADMIN.endpoint(RouteClass.OTHER, HandlerType.DELETE, "/v1/things/{id}",
                    ctx -> ctx.result("gone")));
        });

        assertThat(inventory.routes()).containsExactly(new DeclaredRoute("DELETE", "/v1/things/{id}", Access.ADMIN));
    }
}
