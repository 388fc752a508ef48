package dev.parley.persistence;

import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code prompts} row, selected with {@link #COLUMNS}; a template's owner is SQL NULL. */
final class PromptRowMapper implements RowMapper<Prompt> {

    static final String COLUMNS =
            "id, user_id, title, content, scenario, description, metadata, usage_count, created_at, updated_at";

    @Override
    public Prompt map(ResultSet row, StatementContext context) throws SQLException {
        Long owner = row.getObject("user_id", Long.class);
        return new Prompt(
                new PromptId(row.getLong("id")),
                owner == null ? null : new UserId(owner),
                TextColumns.read(row.getString("title")),
                TextColumns.read(row.getString("content")),
                TextColumns.read(row.getString("scenario")),
                TextColumns.read(row.getString("description")),
                JsonColumns.readMetadata(row.getString("metadata")),
                row.getLong("usage_count"),
                TimestampColumns.read(row, "created_at"),
                TimestampColumns.read(row, "updated_at"));
    }
}
