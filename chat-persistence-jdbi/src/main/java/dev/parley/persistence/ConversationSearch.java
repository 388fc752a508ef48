package dev.parley.persistence;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationQuery;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * One page of an owner's conversations. The SQL is assembled from constant fragments only, one per
 * filter present; every value travels as a bind parameter.
 */
final class ConversationSearch {

    private static final ConversationRowMapper CONVERSATION = new ConversationRowMapper();

    private final ConversationQuery query;
    private final CountedPage page;

    ConversationSearch(ConversationQuery query) {
        this.query = query;
        StringBuilder conditions = new StringBuilder("owner_id = :owner");
        query.createdFrom().ifPresent(from -> conditions.append(" AND created_at >= :createdFrom"));
        query.createdTo().ifPresent(to -> conditions.append(" AND created_at <= :createdTo"));
        query.model().ifPresent(model -> conditions.append(" AND model = :model"));
        this.page = new CountedPage(ConversationRowMapper.COLUMNS, "FROM conversations WHERE " + conditions,
                "updated_at DESC, id DESC");
    }

    Page<Conversation> run(Handle handle) {
        return page.read(handle, CONVERSATION, query.page(), this::bindFilters);
    }

    private Query bindFilters(Query statement) {
        statement.bind("owner", query.ownerId().value());
        query.createdFrom().ifPresent(from ->
                statement.bind("createdFrom", TimestampColumns.argument(TimestampColumns.storedAtOrAfter(from))));
        query.createdTo().ifPresent(to -> statement.bind("createdTo", TimestampColumns.argument(to)));
        query.model().ifPresent(model -> statement.bind("model", model));
        return statement;
    }
}
