package dev.parley.http.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.BodyFields;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.RouteClass;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * HTTP adapter, /v1 dialect: sign-up (with an optional e-mail) and "who am I"; {@link TokenEndpoints}
 * serves logging in and {@link AccountEndpoints} the rest of one's own account. Sign-ups are rate
 * limited per client address, and the new account may not be kept by a cache ({@code Cache-Control:
 * no-store}). Failures are mapped by {@link dev.parley.http.support.ErrorResponses}: a taken username
 * or e-mail is 400.
 */
public final class AuthEndpoints {

    private final UseCases useCases;
    private final Credentials credentials;
    private final ObjectMapper mapper;

    public AuthEndpoints(UseCases useCases, Credentials credentials, ObjectMapper mapper) {
        this.useCases = useCases;
        this.credentials = credentials;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Access.PUBLIC.endpoint(RouteClass.REGISTER, HandlerType.POST, "/v1/auth/register",
                this::signUp));
        routes.addEndpoint(Access.USER.endpoint(RouteClass.STATUS, HandlerType.GET, "/v1/auth/me", this::me));
    }

    private void signUp(Context ctx) {
        RegisterRequest request = RegisterRequest.from(BodyFields.json(ctx, mapper));
        User user = useCases.registerUser().register(request.toCommand());
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).json(UserResponse.of(user));
    }

    private void me(Context ctx) {
        ctx.json(AccountResponse.of(credentials.require(ctx)));
    }
}
