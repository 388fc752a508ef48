package dev.parley.persistence;

import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.UserRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code users} row, selected with {@link #COLUMNS}, as an account. */
final class UserRowMapper implements RowMapper<UserAccount> {

    static final String COLUMNS =
            "id, username, email, role, active, credential_generation, password_hash, created_at";

    @Override
    public UserAccount map(ResultSet row, StatementContext context) throws SQLException {
        User user = new User(
                new UserId(row.getLong("id")),
                row.getString("username"),
                TextColumns.read(row.getString("email")),
                UserRole.valueOf(row.getString("role")),
                row.getBoolean("active"),
                row.getLong("credential_generation"),
                TimestampColumns.read(row, "created_at"));
        return new UserAccount(user, row.getString("password_hash"));
    }
}
