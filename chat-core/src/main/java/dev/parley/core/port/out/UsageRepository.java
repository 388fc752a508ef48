package dev.parley.core.port.out;

import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.usage.UsageTotal;
import dev.parley.core.domain.usage.UserUsageTotal;
import dev.parley.core.domain.user.UserId;
import java.util.List;

/**
 * Outgoing port: the ledger of tokens spent. Records outlive the conversation they came from and
 * go with the user's account. Days are UTC days. Thread-safe; joins the caller's transaction when
 * one is open. No method accepts or returns null.
 */
public interface UsageRepository {

    void record(UsageRecord record);

    /** One user's totals per day and model within the range, by day then model name. */
    List<UsageTotal> totalsForUser(UserId user, UsageQuery range);

    /** Every user's totals within the range who spent anything, by username. */
    List<UserUsageTotal> totalsByUser(UsageQuery range);
}
