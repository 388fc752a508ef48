package dev.parley.persistence;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads a {@code messages} row, selected with {@link #COLUMNS}; usage is absent when its columns are
 * null, and images and request metadata are JSON (see {@link JsonColumns}).
 */
final class MessageRowMapper implements RowMapper<Message> {

    static final String COLUMNS =
            "id, conversation_id, sequence, role, content, images, model, prompt_tokens, completion_tokens, status,"
                    + " request_metadata, created_at, file_id";

    @Override
    public Message map(ResultSet row, StatementContext context) throws SQLException {
        Integer prompt = row.getObject("prompt_tokens", Integer.class);
        Integer completion = row.getObject("completion_tokens", Integer.class);
        TokenUsage usage = prompt == null || completion == null ? null : new TokenUsage(prompt, completion);
        return new Message(
                new MessageId(row.getLong("id")),
                new ConversationId(row.getLong("conversation_id")),
                row.getInt("sequence"),
                Role.valueOf(row.getString("role")),
                TextColumns.read(row.getString("content")),
                JsonColumns.readImages(row.getString("images")),
                row.getString("model"),
                usage,
                MessageStatus.valueOf(row.getString("status")),
                JsonColumns.readRequest(row.getString("request_metadata")),
                TimestampColumns.read(row, "created_at"),
                fileId(row.getObject("file_id", Long.class)));
    }

    private static FileId fileId(Long id) {
        return id == null ? null : new FileId(id);
    }
}
