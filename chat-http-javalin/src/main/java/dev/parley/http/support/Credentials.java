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
 * HTTP support: turns a request's credential into a user, through the core. The {@code Authorization}
 * header is read first, in two schemes named in any case: {@code Bearer <access token>} and Django REST
 * framework's {@code Token <api key>}; each credential works only in its own scheme. Without that header,
 * the {@value SessionCookie#NAME} cookie names a server-side session. A request with neither (or with a
 * header in another scheme) presents no credential, and the core decides: in single-user mode it stands
 * for the local user, otherwise it is refused 401 "Not authenticated". The outcome is remembered on the
 * request, so that the rate limits, the access control and the handler ask the core once.
 */
public final class Credentials {

    /** The 401 detail for a request that presents no credential; dialects with their own wording test for it. */
    public static final String NOT_AUTHENTICATED = "Not authenticated";
    /** The 401 detail for a credential that does not hold. */
    public static final String INVALID = "Could not validate credentials";
    private static final String OUTCOME = Credentials.class.getName() + ".outcome";

    /** A credential as presented: its scheme, its secret (null: none at all), and whether the browser sends it by itself. */
    private record Presented(CredentialScheme scheme, String secret, boolean ambient) {

        static final Presented NONE = new Presented(CredentialScheme.BEARER, null, true);

        AuthenticateCommand command() {
            return new AuthenticateCommand(scheme, secret);
        }

        @Override
        public String toString() {
            return "Presented[scheme=" + scheme + ", secret=<redacted>, ambient=" + ambient + "]";
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
        Presented presented = presented(ctx);
        try {
            User user = authenticate.authenticate(presented.command());
            return new Caller(user, () -> stillValid(presented), presented.ambient());
        } catch (AuthenticationException e) {
            return HttpProblem.unauthorized(presented.secret() == null ? NOT_AUTHENTICATED : INVALID);
        }
    }

    /** Asked in the scheme it was first presented in, since an API key is no bearer token. */
    private boolean stillValid(Presented presented) {
        try {
            authenticate.authenticate(presented.command());
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private static Presented presented(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            return fromHeader(header);
        }
        return SessionCookie.read(ctx).map(secret -> new Presented(CredentialScheme.SESSION, secret, true))
                .orElse(Presented.NONE);
    }

    /**
     * The credential of a Bearer or Token header; any other header presents none, and is then as ambient
     * as no header at all, since a browser may resend HTTP Basic credentials by itself.
     */
    private static Presented fromHeader(String header) {
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        String secret = space < 0 ? "" : value.substring(space + 1).strip();
        if (secret.isEmpty()) {
            return Presented.NONE;
        }
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "bearer" -> new Presented(CredentialScheme.BEARER, secret, false);
            case "token" -> new Presented(CredentialScheme.API_TOKEN, secret, false);
            default -> Presented.NONE;
        };
    }
}
