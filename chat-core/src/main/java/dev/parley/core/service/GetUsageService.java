package dev.parley.core.service;

import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageTotal;
import dev.parley.core.domain.usage.UserUsageTotal;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.GetUsageUseCase;
import dev.parley.core.port.out.UsageRepository;
import dev.parley.core.port.out.UserRepository;
import java.util.List;
import java.util.Objects;

/** Use case service: totals from the usage ledger, a user's own or, for admins, everyone's. */
public final class GetUsageService implements GetUsageUseCase {

    private final UsageRepository usage;
    private final Admins admins;

    public GetUsageService(UsageRepository usage, UserRepository users) {
        this.usage = usage;
        this.admins = new Admins(users);
    }

    @Override
    public List<UsageTotal> usageOf(UserId caller, UsageQuery range) {
        Objects.requireNonNull(caller, "caller");
        return usage.totalsForUser(caller, range);
    }

    @Override
    public List<UserUsageTotal> usageByUser(UserId admin, UsageQuery range) {
        admins.require(admin);
        return usage.totalsByUser(range);
    }
}
