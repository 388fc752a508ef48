package dev.parley.http.threads;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.DeactivateUserCommand;
import dev.parley.core.port.in.RegisterUserCommand;
import dev.parley.core.port.in.UserCommand;
import dev.parley.http.support.Access;
import dev.parley.http.support.DialectRoutes;
import dev.parley.http.support.DialectSupport;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RouteClass;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * HTTP adapter, seed 003: accounts: sign up (username, e-mail and password, all required), delete one's
 * own account, and deactivate someone's (admins only, the original's "staff"). The core's verdicts on a
 * sign-up are worded as the original's front end expects them.
 */
final class AccountEndpoints {

    static final String ALL_FIELDS = "All fields are required";
    static final String INVALID_EMAIL = "Invalid email address";
    static final String USERNAME_TAKEN = "Username already taken";
    static final String EMAIL_TAKEN = "Email already registered";

    private final DialectSupport support;

    AccountEndpoints(DialectSupport support) {
        this.support = support;
    }

    void register(DialectRoutes routes) {
        routes.add(Access.PUBLIC, RouteClass.REGISTER, HandlerType.POST, "/auth/register/", this::signUp);
        routes.add(Access.USER, RouteClass.REMOVAL, HandlerType.DELETE, "/auth/delete/", this::delete);
        // The original's view took any method; POST is what its front end sent, PUT and PATCH cost nothing.
        for (HandlerType method : new HandlerType[] {HandlerType.POST, HandlerType.PUT, HandlerType.PATCH}) {
            routes.add(Access.ADMIN, RouteClass.REMOVAL, method, "/auth/deactivate/{username}/", this::deactivate);
        }
    }

    private void signUp(Context ctx) {
        JsonBody body = JsonBody.read(ctx, support.mapper());
        String username = body.nonBlank("username");
        String email = body.nonBlank("email");
        String password = body.nonBlank("password");
        if (username == null || email == null || password == null) {
            throw HttpProblem.of(400, ALL_FIELDS);
        }
        User user;
        try {
            user = support.useCases().registerUser().register(new RegisterUserCommand(username, email, password));
        } catch (InvalidInputException e) {
            throw HttpProblem.of(400, "email".equals(e.field()) ? INVALID_EMAIL : e.getMessage());
        } catch (ConflictException e) {
            throw HttpProblem.of(400, "email".equals(e.field()) ? EMAIL_TAKEN : USERNAME_TAKEN);
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).json(new RegisteredResponse("User created successfully", user.username(), user.email()));
    }

    private void delete(Context ctx) {
        User user = support.credentials().require(ctx);
        support.useCases().deleteAccount().deleteAccount(new UserCommand(user.id()));
        support.cookie().clear(ctx);
        ctx.json(new MessageResponse("User deleted successfully"));
    }

    private void deactivate(Context ctx) {
        User admin = support.credentials().require(ctx);
        String username = ctx.pathParam("username");
        User deactivated;
        try {
            deactivated = support.useCases().deactivateUser().deactivate(new DeactivateUserCommand(admin.id(), username));
        } catch (InvalidInputException e) {
            // The one rule an existing name can break is naming oneself.
            throw HttpProblem.of(400, "Admins cannot deactivate themselves");
        }
        ctx.json(new MessageResponse("User " + deactivated.username() + " has been deactivated."));
    }
}
