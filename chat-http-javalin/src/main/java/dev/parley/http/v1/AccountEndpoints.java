package dev.parley.http.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.port.in.UserCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RouteClass;
import dev.parley.http.support.SessionCookie;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * HTTP adapter, /v1 dialect: the caller's own account: log out everywhere, change the password, delete
 * the account. Each of them ends every credential the user holds, in every scheme and on every node,
 * and with them the user's replies in flight; a password change too, so the client logs in again. Logging
 * out also tells the browser to forget its session cookie.
 */
public final class AccountEndpoints {

    private final UseCases useCases;
    private final Credentials credentials;
    private final ObjectMapper mapper;
    private final SessionCookie cookie;

    public AccountEndpoints(UseCases useCases, Credentials credentials, ObjectMapper mapper, SessionCookie cookie) {
        this.useCases = useCases;
        this.credentials = credentials;
        this.mapper = mapper;
        this.cookie = cookie;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Access.USER.endpoint(RouteClass.OTHER, HandlerType.POST, "/v1/auth/logout", this::logOut));
        // Rate limited like a login: it, too, tells whether a password is right.
        routes.addEndpoint(Access.USER.endpoint(RouteClass.LOGIN, HandlerType.POST, "/v1/auth/password",
                this::changePassword));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.REMOVAL, HandlerType.DELETE, "/v1/auth/me",
                this::deleteAccount));
    }

    private void logOut(Context ctx) {
        User user = credentials.require(ctx);
        useCases.logOut().logOut(new UserCommand(user.id()));
        cookie.clear(ctx);
        ctx.json(new StatusResponse("Logged out"));
    }

    private void changePassword(Context ctx) {
        User user = credentials.require(ctx);
        ChangePasswordRequest request = ChangePasswordRequest.from(BodyFields.json(ctx, mapper));
        try {
            useCases.changePassword().changePassword(request.toCommand(user.id()));
        } catch (InvalidInputException e) {
            throw refusal(e);
        }
        ctx.json(new StatusResponse("Password changed"));
    }

    private void deleteAccount(Context ctx) {
        User user = credentials.require(ctx);
        useCases.deleteAccount().deleteAccount(new UserCommand(user.id()));
        ctx.json(new StatusResponse("Account deleted"));
    }

    /** A wrong current password is a refused request (400), a new one that breaks the rules a validation error (422). */
    private static RuntimeException refusal(InvalidInputException e) {
        return switch (e.field()) {
            case "current_password" -> HttpProblem.of(400, "Incorrect password");
            case "password" -> HttpProblem.invalid(new FieldError(List.of("body", "new_password"), e.getMessage(),
                    "value_error"));
            case null, default -> e;
        };
    }
}
