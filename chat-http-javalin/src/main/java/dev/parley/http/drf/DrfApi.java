package dev.parley.http.drf;

import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/**
 * HTTP adapter, seed 001 (drf, Django REST framework with SimpleJWT): the dialect's entry point, registering
 * all of its routes under {@code /api/}, each answering with and without its trailing slash and failing in
 * DRF's shapes ({@link DrfErrors}).
 */
public final class DrfApi {

    private final DialectSupport support;

    public DrfApi(DialectSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public void register(RoutesConfig routes) {
        DialectRoutes drf = new DialectRoutes(routes, DrfErrors.SHAPE);
        UseCases useCases = support.useCases();
        FileLinks links = new FileLinks(support.settings().publicOrigin());
        new AccountEndpoints(useCases.registerUser(), support.mapper()).register(drf);
        new TokenEndpoints(useCases, support.mapper(), support.limits()).register(drf);
        new ChatEndpoints(useCases, support.credentials(), support.mapper()).register(drf);
        new MessageEndpoints(useCases.messages(), new OwnKeys(useCases), support.credentials(), support.mapper())
                .register(drf);
        new FileEndpoints(useCases.files(), support.credentials(), support.mapper(), support.uploads(), links)
                .register(drf);
        new LlmEndpoints(useCases.ask(), support.credentials(), support.mapper(), support.replies(), links)
                .register(drf);
    }
}
