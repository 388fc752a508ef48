package dev.parley.http.citizens;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.CredentialScheme;
import dev.parley.core.domain.user.IssuedSecret;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * HTTP adapter, seed 000: the welcome page and the login, which trades a username and password for a
 * long-lived key for {@code Authorization: Token <key>}. A wrong password and an unknown username get the
 * same answer, 400 {@code {"detail": "Invalid credentials"}}, so that a login cannot tell whether an account
 * exists; logins are rate limited per client address and per client address and username.
 */
final class LoginEndpoints {

    static final String INVALID_CREDENTIALS = "Invalid credentials";

    private final DialectSupport support;

    LoginEndpoints(DialectSupport support) {
        this.support = support;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.PUBLIC, RouteClass.OTHER, HandlerType.GET, "/chat/", this::welcome);
        routes.add(Access.PUBLIC, RouteClass.LOGIN, HandlerType.POST, "/chat/login/", this::logIn);
    }

    private void welcome(Context ctx) {
        ctx.json(WelcomeResponse.INSTANCE);
    }

    private void logIn(Context ctx) {
        LoginRequest request = LoginRequest.from(RequestData.read(ctx, support.mapper(), "username", "password"));
        support.limits().countLogin(ctx, request.username());
        IssuedSecret key;
        try {
            key = support.useCases().issueApiToken()
                    .issueApiToken(new IssueTokenCommand(request.username(), request.password()));
        } catch (AuthenticationException e) {
            ctx.status(400).json(new DetailResponse(INVALID_CREDENTIALS));
            return;
        }
        User user = support.useCases().authenticate()
                .authenticate(new AuthenticateCommand(CredentialScheme.API_TOKEN, key.value()));
        // RFC 6749 5.1's rule for tokens: no cache may keep one.
        ctx.header("Cache-Control", "no-store");
        ctx.json(new LoginResponse(key.value(), user.id().value(), user.username()));
    }
}
