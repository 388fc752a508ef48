package dev.parley.http.drf;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.TokenPair;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.RefreshTokenCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RequestLimits;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;

/**
 * HTTP adapter, seed 001: SimpleJWT's three views. {@code POST /api/token/} trades a username and password
 * for {@code {"refresh", "access"}}; {@code POST /api/token/refresh/} trades a refresh token, once, for
 * {@code {"access", "refresh"}} (rotation, the core's); {@code POST /api/token/verify/} answers {@code {}} for
 * an access token that holds. Refusals are 401 in SimpleJWT's words. Logins are counted per client address
 * and username before the password is checked; no cache may keep a token.
 */
final class TokenEndpoints {

    private final UseCases useCases;
    private final ObjectMapper mapper;
    private final RequestLimits limits;

    TokenEndpoints(UseCases useCases, ObjectMapper mapper, RequestLimits limits) {
        this.useCases = useCases;
        this.mapper = mapper;
        this.limits = limits;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.PUBLIC, RouteClass.LOGIN, HandlerType.POST, "/api/token/", this::obtain);
        routes.add(Access.PUBLIC, RouteClass.LOGIN, HandlerType.POST, "/api/token/refresh/", this::refresh);
        // It tells no more about a token than using it would, so it is limited like asking who one is.
        routes.add(Access.PUBLIC, RouteClass.STATUS, HandlerType.POST, "/api/token/verify/", this::verify);
    }

    private void obtain(Context ctx) {
        DrfBody body = DrfBody.read(ctx, mapper);
        String username = body.string("username", true);
        String password = body.string("password", true);
        body.throwIfInvalid();
        limits.countLogin(ctx, username);
        TokenPair pair;
        try {
            pair = useCases.issueTokenPair().issuePair(new IssueTokenCommand(username, password));
        } catch (AuthenticationException e) {
            throw HttpProblem.unauthorized(DrfErrors.NO_ACCOUNT);
        }
        noStore(ctx);
        ctx.json(new ObtainedTokensResponse(pair.refresh().value(), pair.access().value()));
    }

    private void refresh(Context ctx) {
        DrfBody body = DrfBody.read(ctx, mapper);
        String refresh = body.string("refresh", true);
        body.throwIfInvalid();
        TokenPair pair;
        try {
            pair = useCases.refreshToken().refresh(new RefreshTokenCommand(refresh));
        } catch (AuthenticationException e) {
            throw HttpProblem.unauthorized(DrfErrors.TOKEN_INVALID);
        }
        noStore(ctx);
        ctx.json(new RefreshedTokensResponse(pair.access().value(), pair.refresh().value()));
    }

    private void verify(Context ctx) {
        DrfBody body = DrfBody.read(ctx, mapper);
        String token = body.string("token", true);
        body.throwIfInvalid();
        try {
            useCases.authenticate().authenticate(new AuthenticateCommand(token));
        } catch (AuthenticationException e) {
            throw HttpProblem.unauthorized(DrfErrors.TOKEN_INVALID);
        }
        ctx.json(Map.of());
    }

    /** RFC 6749 5.1: no cache may keep a token. */
    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
    }
}
