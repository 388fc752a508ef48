package dev.parley.http.support;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.CredentialScheme;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.AuthenticateUseCase;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTP support: turns a request's {@code Authorization} header into a user, through the core. Two
 * schemes are accepted, named in any case: {@code Bearer <access token>} and Django REST framework's
 * {@code Token <api key>}; each credential works only in its own scheme. The outcome is remembered on
 * the request, so that the rate limits and the handler ask the core once.
 */
public final class Credentials {

    static final String NOT_AUTHENTICATED = "Not authenticated";
    static final String INVALID = "Could not validate credentials";
    private static final String OUTCOME = Credentials.class.getName() + ".outcome";

    /** A credential as presented: its scheme and its secret. */
    private record Presented(CredentialScheme scheme, String secret) {

        @Override
        public String toString() {
            return "Presented[scheme=" + scheme + ", secret=<redacted>]";
        }
    }

    private final AuthenticateUseCase authenticate;

    public Credentials(AuthenticateUseCase authenticate) {
        this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    }

    /**
     * The user the request's credential stands for.
     *
     * @throws HttpProblem 401 "Not authenticated" without a credential, "Could not validate credentials" with a bad one
     */
    public User require(Context ctx) {
        return caller(ctx).user();
    }

    /**
     * The caller the request's credential stands for, able to re-check that credential later.
     *
     * @throws HttpProblem 401 as {@link #require(Context)}
     */
    public Caller caller(Context ctx) {
        Object outcome = ctx.attribute(OUTCOME);
        if (outcome == null) {
            outcome = authenticate(ctx);
            ctx.attribute(OUTCOME, outcome);
        }
        if (outcome instanceof HttpProblem refusal) {
            throw refusal;
        }
        return (Caller) outcome;
    }

    /** The caller the request's credential stands for, or empty without a valid one. */
    public Optional<Caller> identify(Context ctx) {
        try {
            return Optional.of(caller(ctx));
        } catch (HttpProblem refused) {
            return Optional.empty();
        }
    }

    /** The caller, or the refusal to answer with. */
    private Object authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        Presented presented = header == null ? null : presented(header);
        if (presented == null) {
            return HttpProblem.unauthorized(NOT_AUTHENTICATED);
        }
        try {
            return new Caller(authenticate.authenticate(command(presented)), () -> stillValid(presented));
        } catch (AuthenticationException e) {
            return HttpProblem.unauthorized(INVALID);
        }
    }

    /** Asked in the scheme it was first presented in, since an API key is no bearer token. */
    private boolean stillValid(Presented presented) {
        try {
            authenticate.authenticate(command(presented));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private static AuthenticateCommand command(Presented presented) {
        return new AuthenticateCommand(presented.scheme(), presented.secret());
    }

    /** The credential of a Bearer or Token header, or null for any other header. */
    private static Presented presented(String header) {
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        String secret = space < 0 ? "" : value.substring(space + 1).strip();
        if (secret.isEmpty()) {
            return null;
        }
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "bearer" -> new Presented(CredentialScheme.BEARER, secret);
            case "token" -> new Presented(CredentialScheme.API_TOKEN, secret);
            default -> null;
        };
    }
}
