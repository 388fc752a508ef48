package dev.parley.http.support;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.AuthenticateUseCase;
import io.javalin.http.Context;
import java.util.Objects;

/** HTTP support: turns an {@code Authorization: Bearer <token>} header into a user, through the core. */
public final class BearerAuthentication {

    static final String NOT_AUTHENTICATED = "Not authenticated";
    static final String INVALID = "Could not validate credentials";

    private final AuthenticateUseCase authenticate;

    public BearerAuthentication(AuthenticateUseCase authenticate) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    }

    /**
     * The user the request's bearer token stands for.
     *
     * @throws HttpProblem 401 "Not authenticated" without a bearer token, "Could not validate credentials" with a bad one
     */
    public User require(Context ctx) {
        return caller(ctx).user();
    }

    /**
     * The caller the request's bearer token stands for, able to re-check that token later.
     *
     * @throws HttpProblem 401 as {@link #require(Context)}
     */
    public Caller caller(Context ctx) {
        String token = token(ctx);
        try {
            return new Caller(authenticate.authenticate(new AuthenticateCommand(token)), () -> stillValid(token));
        } catch (AuthenticationException e) {
            throw HttpProblem.unauthorized(INVALID);
        }
    }

    private boolean stillValid(String token) {
        try {
            authenticate.authenticate(new AuthenticateCommand(token));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private static String token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            throw HttpProblem.unauthorized(NOT_AUTHENTICATED);
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (!scheme.equalsIgnoreCase("Bearer") || token.isEmpty()) {
            throw HttpProblem.unauthorized(NOT_AUTHENTICATED);
        }
        return token;
    }
}
