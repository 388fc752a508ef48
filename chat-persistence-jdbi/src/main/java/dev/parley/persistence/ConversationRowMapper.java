package dev.parley.persistence;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code conversations} row, selected with {@link #COLUMNS}. */
final class ConversationRowMapper implements RowMapper<Conversation> {

    static final String COLUMNS = "id, uuid, owner_id, title, model, created_at, updated_at";

    @Override
    public Conversation map(ResultSet row, StatementContext context) throws SQLException {
        return new Conversation(
                new ConversationId(row.getLong("id")),
                row.getObject("uuid", UUID.class),
                new UserId(row.getLong("owner_id")),
                TextColumns.read(row.getString("title")),
                row.getString("model"),
                TimestampColumns.read(row, "created_at"),
                TimestampColumns.read(row, "updated_at"));
    }
}
