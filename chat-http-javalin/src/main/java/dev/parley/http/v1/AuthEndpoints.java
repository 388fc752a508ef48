package dev.parley.http.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.BearerAuthentication;
import dev.parley.http.support.BodyFields;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * HTTP adapter, /v1 dialect: sign-up (with an optional e-mail), OAuth2-style password login (JSON or
 * form) and "who am I"; {@link AccountEndpoints} serves the rest of one's own account. Failures are
 * mapped by {@link dev.parley.http.support.ErrorResponses}: a taken username or e-mail is 400, a wrong
 * login 401 "Incorrect username or password", a form in a charset this server does not know 415.
 */
public final class AuthEndpoints {

    private final UseCases useCases;
    private final BearerAuthentication authentication;
    private final ObjectMapper mapper;

    public AuthEndpoints(UseCases useCases, BearerAuthentication authentication, ObjectMapper mapper) {
        this.useCases = useCases;
        this.authentication = authentication;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/auth/register", this::signUp);
        routes.post("/v1/auth/token", this::logIn);
        routes.get("/v1/auth/me", this::me);
    }

    private void signUp(Context ctx) {
        RegisterRequest request = RegisterRequest.from(BodyFields.json(ctx, mapper));
        User user = useCases.registerUser().register(request.toCommand());
        ctx.status(201).json(UserResponse.of(user));
    }

    private void logIn(Context ctx) {
        // FastAPI's OAuth2 password flow posts a form; JSON clients are served too.
        BodyFields body = ctx.isFormUrlencoded() ? BodyFields.form(ctx) : BodyFields.json(ctx, mapper);
        CredentialsRequest request = CredentialsRequest.from(body);
        ctx.json(TokenResponse.of(
                useCases.issueToken().issue(new IssueTokenCommand(request.username(), request.password()))));
    }

    private void me(Context ctx) {
        ctx.json(AccountResponse.of(authentication.require(ctx)));
    }
}
