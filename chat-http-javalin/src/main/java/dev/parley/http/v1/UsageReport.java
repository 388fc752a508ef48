package dev.parley.http.v1;

import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageTotal;
import java.time.LocalDate;
import java.util.List;

/** Response: the caller's own tokens per UTC day and model over a range of days, and the range's total. */
record UsageReport(LocalDate from, LocalDate to, List<Day> data, TokenTotals total) {

    /** Response element: one day's tokens with one model. */
    record Day(LocalDate date, String model, long promptTokens, long completionTokens, long totalTokens,
            long replies) {
    }

    static UsageReport of(UsageQuery range, List<UsageTotal> totals) {
        List<Day> days = totals.stream().map(t -> new Day(t.day(), t.model(), t.promptTokens(), t.completionTokens(),
                t.totalTokens(), t.replies())).toList();
        TokenTotals total = totals.stream()
                .map(t -> new TokenTotals(t.promptTokens(), t.completionTokens(), t.replies()))
                .reduce(TokenTotals.NONE, TokenTotals::plus);
        return new UsageReport(range.from(), range.to(), days, total);
    }
}
