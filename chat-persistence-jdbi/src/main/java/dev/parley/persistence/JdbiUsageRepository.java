package dev.parley.persistence;

import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.usage.UsageTotal;
import dev.parley.core.domain.usage.UserUsageTotal;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.UsageRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Query;

/**
 * Driven adapter: {@link UsageRepository} on the {@code usage_records} table. Each row carries its
 * UTC day, so totals group on a plain indexed column the same way on every database. Results are
 * ordered here rather than in SQL, where the order of names would follow the database's collation.
 *
 * <p>Recording usage for a user who does not exist (or no longer does) throws {@link NotFoundException}.
 */
final class JdbiUsageRepository implements UsageRepository {

    private static final Comparator<UsageTotal> BY_DAY_THEN_MODEL =
            Comparator.comparing(UsageTotal::day).thenComparing(UsageTotal::model);
    private static final Comparator<UserUsageTotal> BY_USERNAME =
            Comparator.comparing(UserUsageTotal::username).thenComparingLong(total -> total.user().value());

    private final Handles handles;

    JdbiUsageRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public void record(UsageRecord record) {
        Instant at = TimestampColumns.stored(record.at());
        // Inserting only beside an existing user turns a missing one into a clear answer, not a key violation.
        int inserted = handles.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO usage_records (user_id, conversation_id, message_id, model, provider,
                                                   prompt_tokens, completion_tokens, estimated, created_at, usage_day)
                        SELECT id, :conversation, :message, :model, :provider,
                               :promptTokens, :completionTokens, :estimated, :createdAt, :day
                        FROM users WHERE id = :user""")
                .bind("user", record.user().value())
                .bind("conversation", record.conversation() == null ? null : record.conversation().value())
                .bind("message", record.message() == null ? null : record.message().value())
                .bind("model", record.model())
                .bind("provider", record.provider())
                .bind("promptTokens", record.usage().promptTokens())
                .bind("completionTokens", record.usage().completionTokens())
                .bind("estimated", record.estimated())
                .bind("createdAt", TimestampColumns.argument(at))
                .bind("day", day(LocalDate.ofInstant(at, ZoneOffset.UTC)))
                .execute());
        if (inserted == 0) {
            throw new NotFoundException(JdbiUserRepository.RESOURCE);
        }
    }

    @Override
    public List<UsageTotal> totalsForUser(UserId user, UsageQuery range) {
        return handles.withHandle(handle -> within(range, handle.createQuery("""
                        SELECT usage_day, model, SUM(prompt_tokens) AS prompt, SUM(completion_tokens) AS completion,
                               COUNT(*) AS replies
                        FROM usage_records
                        WHERE user_id = :user AND usage_day BETWEEN :from AND :to
                        GROUP BY usage_day, model"""))
                .bind("user", user.value())
                .map((row, context) -> new UsageTotal(row.getObject("usage_day", LocalDate.class),
                        row.getString("model"), row.getLong("prompt"), row.getLong("completion"),
                        row.getLong("replies")))
                .list().stream()
                .sorted(BY_DAY_THEN_MODEL)
                .toList());
    }

    @Override
    public List<UserUsageTotal> totalsByUser(UsageQuery range) {
        return handles.withHandle(handle -> within(range, handle.createQuery("""
                        SELECT u.id, u.username, SUM(r.prompt_tokens) AS prompt,
                               SUM(r.completion_tokens) AS completion, COUNT(*) AS replies
                        FROM usage_records r JOIN users u ON u.id = r.user_id
                        WHERE r.usage_day BETWEEN :from AND :to
                        GROUP BY u.id, u.username"""))
                .map((row, context) -> new UserUsageTotal(new UserId(row.getLong("id")), row.getString("username"),
                        row.getLong("prompt"), row.getLong("completion"), row.getLong("replies")))
                .list().stream()
                .sorted(BY_USERNAME)
                .toList());
    }

    private static Query within(UsageQuery range, Query query) {
        return query.bind("from", day(range.from())).bind("to", day(range.to()));
    }

    /** Binds a date as itself: both drivers take a {@link LocalDate} without consulting the JVM's time zone. */
    private static Argument day(LocalDate day) {
        return (position, statement, context) -> statement.setObject(position, day);
    }
}
