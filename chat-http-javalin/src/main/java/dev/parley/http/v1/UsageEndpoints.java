package dev.parley.http.v1;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.GetUsageUseCase;
import dev.parley.http.support.Access;
import dev.parley.http.support.Credentials;
import dev.parley.http.support.FieldError;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RequestParams;
import dev.parley.http.support.RouteClass;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP adapter, /v1 dialect: tokens spent, from the usage ledger: a user's own per day and model, and,
 * for admins, per user. Both take {@code from} and {@code to} (YYYY-MM-DD, UTC days, inclusive, at most
 * {@value UsageQuery#MAX_DAYS} of them); without them, the {@value #DEFAULT_DAYS} days ending today.
 */
public final class UsageEndpoints {

    static final int DEFAULT_DAYS = 30;

    private final GetUsageUseCase usage;
    private final Credentials credentials;
    private final Clock clock;

    public UsageEndpoints(GetUsageUseCase usage, Credentials credentials, Clock clock) {
        this.usage = usage;
        this.credentials = credentials;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.addEndpoint(Access.USER.endpoint(RouteClass.OTHER, HandlerType.GET, "/v1/usage", this::own));
        routes.addEndpoint(Access.ADMIN.endpoint(RouteClass.OTHER, HandlerType.GET, "/v1/admin/usage", this::byUser));
    }

    private void own(Context ctx) {
        User user = credentials.require(ctx);
        UsageQuery range = range(ctx);
        ctx.json(UsageReport.of(range, usage.usageOf(user.id(), range)));
    }

    private void byUser(Context ctx) {
        User admin = credentials.require(ctx);
        UsageQuery range = range(ctx);
        ctx.json(UserUsageReport.of(range, usage.usageByUser(admin.id(), range)));
    }

    private UsageQuery range(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = RequestParams.queryDate(ctx, "from", errors).orElse(null);
        LocalDate to = RequestParams.queryDate(ctx, "to", errors).orElse(null);
        if (!errors.isEmpty()) {
            throw HttpProblem.invalid(errors);
        }
        if (to == null) {
            to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }
        if (from == null) {
            from = to.minusDays(DEFAULT_DAYS - 1);
        }
        try {
            return new UsageQuery(from, to);
        } catch (InvalidInputException e) {
            throw HttpProblem.invalid("query", e);
        }
    }
}
