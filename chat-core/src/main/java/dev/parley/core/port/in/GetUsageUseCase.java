package dev.parley.core.port.in;

import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageTotal;
import dev.parley.core.domain.usage.UserUsageTotal;
import dev.parley.core.domain.user.UserId;
import java.util.List;

/** Incoming port: how many tokens have been spent. */
public interface GetUsageUseCase {

    /** The caller's own totals per UTC day and model. */
    List<UsageTotal> usageOf(UserId caller, UsageQuery range);

    /**
     * Every user's totals; for administrators only.
     *
     * @throws ForbiddenException when the caller is not an active administrator
     */
    List<UserUsageTotal> usageByUser(UserId admin, UsageQuery range);
}
