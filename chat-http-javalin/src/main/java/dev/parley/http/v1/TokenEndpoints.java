package dev.parley.http.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.IssuedSecret;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.CsrfCheck;
import dev.parley.http.support.RequestLimits;
import dev.parley.http.support.RouteClass;
import dev.parley.http.support.SessionCookie;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;

/**
 * HTTP adapter, /v1 dialect: the credentials a client holds. A password login answers an access token
 * with a refresh token; a refresh token is traded, once, for a new pair (SimpleJWT-style rotation); an
 * access token can be verified; a password login can also yield a long-lived API key for
 * {@code Authorization: Token <key>}; and a browser's password login opens a server-side session named
 * by an HttpOnly cookie ({@link SessionCookie}), unless it was posted from another site's page
 * ({@link CsrfCheck#refuseCrossSite}). Each body is JSON or an url-encoded form. Password logins are
 * rate limited per client address and also per client address and username, refreshes per client
 * address; no cache may keep a credential ({@code Cache-Control: no-store}). A refused refresh is 401
 * "Token is invalid or expired"; a refused verification adds SimpleJWT's {@code "code": "token_not_valid"}.
 */
public final class TokenEndpoints {

    private final UseCases useCases;
    private final ObjectMapper mapper;
    private final RequestLimits limits;
    private final SessionCookie cookie;
    private final CsrfCheck csrf;

    public TokenEndpoints(UseCases useCases, ObjectMapper mapper, RequestLimits limits, SessionCookie cookie,
            CsrfCheck csrf) {
        this.useCases = useCases;
        this.mapper = mapper;
        this.limits = limits;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    public void register(RoutesConfig routes) {
        // Public: each checks the credential in its body itself.
        routes.addEndpoint(Access.PUBLIC.endpoint(RouteClass.LOGIN, HandlerType.POST, "/v1/auth/token", this::logIn));
        routes.addEndpoint(Access.PUBLIC.endpoint(RouteClass.LOGIN, HandlerType.POST, "/v1/auth/token/refresh",
                this::refresh));
        // It tells no more than GET /v1/auth/me does about a token one holds, so it is limited like that.
        routes.addEndpoint(Access.PUBLIC.endpoint(RouteClass.STATUS, HandlerType.POST, "/v1/auth/token/verify",
                this::verify));
        routes.addEndpoint(Access.PUBLIC.endpoint(RouteClass.LOGIN, HandlerType.POST, "/v1/auth/api-token",
                this::issueApiToken));
        routes.addEndpoint(Access.PUBLIC.endpoint(RouteClass.LOGIN, HandlerType.POST, "/v1/auth/session",
                this::startSession));
    }

    private void logIn(Context ctx) {
        IssueTokenCommand command = passwordLogin(ctx);
        TokenResponse pair = TokenResponse.of(useCases.issueTokenPair().issuePair(command));
        noStore(ctx);
        ctx.json(pair);
    }

    private void refresh(Context ctx) {
        RefreshRequest request = RefreshRequest.from(body(ctx));
        TokenResponse pair = TokenResponse.of(useCases.refreshToken().refresh(request.toCommand()));
        noStore(ctx);
        ctx.json(pair);
    }

    private void verify(Context ctx) {
        VerifyRequest request = VerifyRequest.from(body(ctx));
        try {
            useCases.authenticate().authenticate(request.toCommand());
        } catch (AuthenticationException e) {
            ctx.header("WWW-Authenticate", "Bearer");
            ctx.status(401).json(TokenNotValidResponse.invalid());
            return;
        }
        ctx.json(Map.of());
    }

    private void issueApiToken(Context ctx) {
        IssueTokenCommand command = passwordLogin(ctx);
        ApiTokenResponse token = ApiTokenResponse.of(useCases.issueApiToken().issueApiToken(command));
        noStore(ctx);
        ctx.status(201).json(token);
    }

    private void startSession(Context ctx) {
        csrf.refuseCrossSite(ctx);
        IssueTokenCommand command = passwordLogin(ctx);
        IssuedSecret session = useCases.startSession().startSession(command);
        noStore(ctx);
        cookie.set(ctx, session);
        ctx.json(new StatusResponse("Logged in"));
    }

    /** The username and password of a login, counted against the per-account limit before they are checked. */
    private IssueTokenCommand passwordLogin(Context ctx) {
        CredentialsRequest request = CredentialsRequest.from(body(ctx));
        limits.countLogin(ctx, request.username());
        return new IssueTokenCommand(request.username(), request.password());
    }

    /** FastAPI's OAuth2 password flow posts a form; JSON clients are served too. */
    private BodyFields body(Context ctx) {
        return ctx.isFormUrlencoded() ? BodyFields.form(ctx) : BodyFields.json(ctx, mapper);
    }

    /** RFC 6749 5.1: no cache may keep a token. */
    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
    }
}
