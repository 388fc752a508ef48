package dev.parley.core.testing;

import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.usage.UsageTotal;
import dev.parley.core.domain.usage.UserUsageTotal;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.UsageRepository;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Fake {@link UsageRepository} kept in an {@link InMemoryDatabase}. */
public final class InMemoryUsageRepository implements UsageRepository {

    private final InMemoryDatabase database;

    public InMemoryUsageRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void record(UsageRecord record) {
        database.operate(state -> state.usage.add(record));
    }

    @Override
    public List<UsageTotal> totalsForUser(UserId user, UsageQuery range) {
        return database.operate(state -> {
            Map<String, long[]> sums = new TreeMap<>();
            Map<String, UsageTotal> keys = new TreeMap<>();
            for (UsageRecord r : state.usage) {
                LocalDate day = LocalDate.ofInstant(r.at(), ZoneOffset.UTC);
                if (!r.user().equals(user) || day.isBefore(range.from()) || day.isAfter(range.to())) {
                    continue;
                }
                String key = day + "\u0000" + r.model();
                long[] sum = sums.computeIfAbsent(key, k -> new long[3]);
                sum[0] += r.usage().promptTokens();
                sum[1] += r.usage().completionTokens();
                sum[2]++;
                keys.put(key, new UsageTotal(day, r.model(), 0, 0, 0));
            }
            List<UsageTotal> totals = new ArrayList<>();
            keys.forEach((key, t) -> {
                long[] sum = sums.get(key);
                totals.add(new UsageTotal(t.day(), t.model(), sum[0], sum[1], sum[2]));
            });
            return List.copyOf(totals);
        });
    }

    @Override
    public List<UserUsageTotal> totalsByUser(UsageQuery range) {
        return database.operate(state -> {
            Map<Long, long[]> sums = new TreeMap<>();
            for (UsageRecord r : state.usage) {
                LocalDate day = LocalDate.ofInstant(r.at(), ZoneOffset.UTC);
                if (day.isBefore(range.from()) || day.isAfter(range.to())) {
                    continue;
                }
                long[] sum = sums.computeIfAbsent(r.user().value(), k -> new long[3]);
                sum[0] += r.usage().promptTokens();
                sum[1] += r.usage().completionTokens();
                sum[2]++;
            }
            List<UserUsageTotal> totals = new ArrayList<>();
            sums.forEach((id, sum) -> {
                UserAccount account = state.users.get(id);
                if (account != null) {
                    totals.add(new UserUsageTotal(account.user().id(), account.user().username(),
                            sum[0], sum[1], sum[2]));
                }
            });
            totals.sort(Comparator.comparing(UserUsageTotal::username));
            return List.copyOf(totals);
        });
    }
}
