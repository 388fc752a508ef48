package dev.parley.http.drf;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.RegisterUserCommand;
import dev.parley.core.port.in.RegisterUserUseCase;
import dev.parley.http.support.Access;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * HTTP adapter, seed 001: {@code POST /api/register/}, a sign-up answered 201 {@code {"id", "username"}}.
 * A missing, blank or taken username and a missing or too short password are 400 field errors; the rules
 * themselves are the core's.
 */
final class AccountEndpoints {

    static final String TAKEN = "A user with that username already exists.";

    private final RegisterUserUseCase registerUser;
    private final ObjectMapper mapper;

    AccountEndpoints(RegisterUserUseCase registerUser, ObjectMapper mapper) {
        this.registerUser = registerUser;
        this.mapper = mapper;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.PUBLIC, RouteClass.REGISTER, HandlerType.POST, "/api/register/", this::signUp);
    }

    private void signUp(Context ctx) {
        DrfBody body = DrfBody.read(ctx, mapper);
        String username = body.string("username", true);
        String password = body.string("password", true);
        body.throwIfInvalid();
        User user;
        try {
            user = registerUser.register(new RegisterUserCommand(username, password));
        } catch (ConflictException taken) {
            body.reject("username", TAKEN);
            body.throwIfInvalid();
            throw taken;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).json(new RegisteredUserResponse(user.id().value(), user.username()));
    }
}
