package dev.parley.http.threads;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.IssuedSecret;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.UserCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.Caller;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;

/**
 * HTTP adapter, seed 003: the browser's session: log in (a server-side session named by the HttpOnly
 * cookie), log out, and ask whether one is logged in. A login posted from another site's page is refused,
 * so that no page elsewhere logs the browser in to an account of its choosing; logging out revokes every
 * credential of the user, as /v1 does, and tells the browser to forget the cookie.
 */
final class LoginEndpoints {

    static final String LOGGED_IN = "User is logged in";
    static final String NOT_LOGGED_IN = "User is not logged in";
    static final String BAD_LOGIN = "Invalid username or password";

    private final DialectSupport support;

    LoginEndpoints(DialectSupport support) {
        this.support = support;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.PUBLIC, RouteClass.LOGIN, HandlerType.POST, "/auth/login/", this::logIn);
        // Public, so that a browser whose session already ended can still clear its cookie.
        routes.add(Access.PUBLIC, RouteClass.OTHER, HandlerType.POST, "/auth/logout/", this::logOut);
        routes.add(Access.PUBLIC, RouteClass.STATUS, HandlerType.GET, "/auth/status/", this::status);
    }

    private void logIn(Context ctx) {
        support.csrf().refuseCrossSite(ctx);
        JsonBody body = JsonBody.read(ctx, support.mapper());
        String username = body.text("username");
        String password = body.text("password");
        if (username == null || password == null) {
            throw HttpProblem.of(400, BAD_LOGIN);
        }
        support.limits().countLogin(ctx, username);
        IssuedSecret session;
        try {
            session = support.useCases().startSession().startSession(new IssueTokenCommand(username, password));
        } catch (AuthenticationException e) {
            throw HttpProblem.of(400, BAD_LOGIN);
        }
        ctx.header("Cache-Control", "no-store");
        support.cookie().set(ctx, session);
        ctx.json(new MessageResponse("Login successful"));
    }

    private void logOut(Context ctx) {
        Optional<Caller> caller = support.credentials().identify(ctx);
        if (caller.isPresent()) {
            // The access control checks only routes for signed-in users; this one must not be forged either.
            if (caller.get().ambient()) {
                support.csrf().requireSameOrigin(ctx);
            }
            support.useCases().logOut().logOut(new UserCommand(caller.get().user().id()));
        }
        support.cookie().clear(ctx);
        ctx.json(new MessageResponse("Logout successful"));
    }

    private void status(Context ctx) {
        boolean loggedIn = support.credentials().identify(ctx).isPresent();
        ctx.json(new MessageResponse(loggedIn ? LOGGED_IN : NOT_LOGGED_IN));
    }
}
