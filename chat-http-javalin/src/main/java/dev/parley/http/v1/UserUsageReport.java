package dev.parley.http.v1;

import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UserUsageTotal;
import java.time.LocalDate;
import java.util.List;

/** Response: for admins, every user's tokens over a range of days, and everyone's total. */
record UserUsageReport(LocalDate from, LocalDate to, List<User> data, TokenTotals total) {

    /** Response element: one user's tokens over the range. */
    record User(long userId, String username, long promptTokens, long completionTokens, long totalTokens,
            long replies) {
    }

    static UserUsageReport of(UsageQuery range, List<UserUsageTotal> totals) {
        List<User> users = totals.stream().map(t -> new User(t.user().value(), t.username(), t.promptTokens(),
                t.completionTokens(), t.totalTokens(), t.replies())).toList();
        TokenTotals total = totals.stream()
                .map(t -> new TokenTotals(t.promptTokens(), t.completionTokens(), t.replies()))
                .reduce(TokenTotals.NONE, TokenTotals::plus);
        return new UserUsageReport(range.from(), range.to(), users, total);
    }
}
