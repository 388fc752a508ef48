package dev.parley.persistence;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileKind;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code files} row, selected with {@link #COLUMNS}. */
final class FileRowMapper implements RowMapper<StoredFile> {

    static final String COLUMNS = "id, user_id, conversation_id, filename, media_type, size_bytes, kind,"
            + " extracted_text, page_count, description, blob_key, created_at, updated_at";

    @Override
    public StoredFile map(ResultSet row, StatementContext context) throws SQLException {
        Long conversation = row.getObject("conversation_id", Long.class);
        return new StoredFile(
                new FileId(row.getLong("id")),
                new UserId(row.getLong("user_id")),
                conversation == null ? null : new ConversationId(conversation),
                TextColumns.read(row.getString("filename")),
                row.getString("media_type"),
                row.getLong("size_bytes"),
                FileKind.valueOf(row.getString("kind")),
                TextColumns.read(row.getString("extracted_text")),
                row.getObject("page_count", Integer.class),
                TextColumns.read(row.getString("description")),
                row.getString("blob_key"),
                TimestampColumns.read(row, "created_at"),
                TimestampColumns.read(row, "updated_at"));
    }
}
