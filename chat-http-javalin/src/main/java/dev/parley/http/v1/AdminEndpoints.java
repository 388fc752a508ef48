package dev.parley.http.v1;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.DeactivateUserCommand;
import dev.parley.core.port.in.ListUsersCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.support.Access;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RequestParams;
import dev.parley.http.support.RouteClass;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP adapter, /v1 dialect: the admins' routes: page through all users, deactivate one. Anyone but an
 * admin gets 403 "Admin rights are required" (after 401 without a valid credential) before the request is
 * looked at; the core decides again, reading the store on every call.
 */
public final class AdminEndpoints {

    private static final int DEFAULT_PAGE_SIZE = 10;

    private final UseCases useCases;
    private final Credentials credentials;

    public AdminEndpoints(UseCases useCases, Credentials credentials) {
        this.useCases = useCases;
        this.credentials = credentials;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Access.ADMIN.endpoint(RouteClass.OTHER, HandlerType.GET, "/v1/admin/users", this::listUsers));
        routes.addEndpoint(Access.ADMIN.endpoint(RouteClass.REMOVAL, HandlerType.POST,
                "/v1/admin/users/{username}/deactivate", this::deactivate));
    }

    private void listUsers(Context ctx) {
        User admin = credentials.require(ctx);
        List<FieldError> errors = new ArrayList<>();
        int page = RequestParams.queryInt(ctx, "page", 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = RequestParams.queryInt(ctx, "page_size", DEFAULT_PAGE_SIZE, 1, PageRequest.MAX_PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw HttpProblem.invalid(errors);
        }
        try {
            ctx.json(UserPageResponse.of(useCases.listUsers().list(new ListUsersCommand(admin.id(), page, pageSize))));
        } catch (InvalidInputException e) {
            throw HttpProblem.invalid("query", e);
        }
    }

    private void deactivate(Context ctx) {
        User admin = credentials.require(ctx);
        String username = ctx.pathParam("username");
        try {
            ctx.json(AdminUserResponse.of(
                    useCases.deactivateUser().deactivate(new DeactivateUserCommand(admin.id(), username))));
        } catch (InvalidInputException e) {
            // The rule an existing name can break is naming oneself: a refusal, not a malformed request.
            throw "username".equals(e.field())
                    ? HttpProblem.of(400, "Admins cannot deactivate themselves")
                    : HttpProblem.invalid("path", e);
        }
    }
}
