package dev.parley.persistence;

import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code credentials} row, selected with {@link #COLUMNS}. */
final class CredentialRowMapper implements RowMapper<StoredCredential> {

    static final String COLUMNS =
            "hash, kind, user_id, family, generation, created_at, expires_at, used_at, revoked_at";

    @Override
    public StoredCredential map(ResultSet row, StatementContext context) throws SQLException {
        return new StoredCredential(
                row.getString("hash"),
                CredentialKind.valueOf(row.getString("kind")),
                new UserId(row.getLong("user_id")),
                row.getObject("family", UUID.class),
                row.getLong("generation"),
                TimestampColumns.read(row, "created_at"),
                TimestampColumns.readNullable(row, "expires_at"),
                TimestampColumns.readNullable(row, "used_at"),
                TimestampColumns.readNullable(row, "revoked_at"));
    }
}
