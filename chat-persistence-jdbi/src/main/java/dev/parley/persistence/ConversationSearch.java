package dev.parley.persistence;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationQuery;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * One page of an owner's conversations. The SQL is assembled from constant fragments only, one per
 * filter present; every value travels as a bind parameter.
 */
final class ConversationSearch {

    private static final ConversationRowMapper CONVERSATION = new ConversationRowMapper();

    /** A page row together with the number of rows matching the filters, counted by the same query. */
    private record SearchRow(Conversation conversation, long total) {
    }

    private final ConversationQuery query;
    private final String where;

    ConversationSearch(ConversationQuery query) {
        this.query = query;
        StringBuilder conditions = new StringBuilder("owner_id = :owner");
        query.createdFrom().ifPresent(from -> conditions.append(" AND created_at >= :createdFrom"));
        query.createdTo().ifPresent(to -> conditions.append(" AND created_at <= :createdTo"));
        query.model().ifPresent(model -> conditions.append(" AND model = :model"));
        this.where = conditions.toString();
    }

    Page<Conversation> run(Handle handle) {
        // Counting in the page query keeps the total consistent with the rows even while others write.
        List<SearchRow> rows = bindFilters(handle.createQuery(
                        "SELECT " + ConversationRowMapper.COLUMNS + ", COUNT(*) OVER () AS total"
                                + " FROM conversations WHERE " + where
                                + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", query.page().pageSize())
                .bind("offset", query.page().offset())
                .map((row, context) -> new SearchRow(CONVERSATION.map(row, context), row.getLong("total")))
                .list();
        List<Conversation> items = rows.stream().map(SearchRow::conversation).toList();
        long total = rows.isEmpty() ? count(handle) : rows.getFirst().total();
        return new Page<>(items, total, query.page());
    }

    private long count(Handle handle) {
        if (query.page().offset() == 0) {
            return 0;
        }
        return bindFilters(handle.createQuery("SELECT COUNT(*) FROM conversations WHERE " + where))
                .mapTo(Long.class)
                .one();
    }

    private <S extends SqlStatement<S>> S bindFilters(S statement) {
        statement.bind("owner", query.ownerId().value());
        query.createdFrom().ifPresent(from ->
                statement.bind("createdFrom", TimestampColumns.argument(TimestampColumns.storedAtOrAfter(from))));
        query.createdTo().ifPresent(to -> statement.bind("createdTo", TimestampColumns.argument(to)));
        query.model().ifPresent(model -> statement.bind("model", model));
        return statement;
    }
}
