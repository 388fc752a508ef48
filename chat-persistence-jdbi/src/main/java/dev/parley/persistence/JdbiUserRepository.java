package dev.parley.persistence;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.Usernames;
import dev.parley.core.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Driven adapter: {@link UserRepository} on the {@code users} table, unique on the canonical username. */
final class JdbiUserRepository implements UserRepository {

    private static final UserRowMapper MAPPER = new UserRowMapper();

    private final Handles handles;

    JdbiUserRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public User create(NewUser user) {
        String canonical = Usernames.canonical(user.username());
        Instant createdAt = TimestampColumns.stored(user.createdAt());
        return handles.withHandle(handle -> {
            // Checking first keeps the usual duplicate from failing a statement, which on PostgreSQL
            // would spoil the caller's transaction; the constraint still settles races.
            if (findByCanonical(handle, canonical).isPresent()) {
                throw taken();
            }
            try {
                long id = handle.createUpdate("""
                                INSERT INTO users (username, username_canonical, password_hash, created_at)
                                VALUES (:username, :canonical, :hash, :createdAt)""")
                        .bind("username", user.username())
                        .bind("canonical", canonical)
                        .bind("hash", user.passwordHash())
                        .bind("createdAt", TimestampColumns.argument(createdAt))
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
                return new User(new UserId(id), user.username(), createdAt);
            } catch (UnableToExecuteStatementException e) {
                if (UniqueViolations.causedBy(e)) {
                    throw taken();
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + UserRowMapper.COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id.value())
                .map(MAPPER)
                .findOne()
                .map(UserAccount::user));
    }

    @Override
    public Optional<UserAccount> findAccountByUsername(String username) {
        return handles.withHandle(handle -> findByCanonical(handle, Usernames.canonical(username)));
    }

    private static Optional<UserAccount> findByCanonical(Handle handle, String canonical) {
        return handle
                .createQuery("SELECT " + UserRowMapper.COLUMNS + " FROM users WHERE username_canonical = :canonical")
                .bind("canonical", canonical)
                .map(MAPPER)
                .findOne();
    }

    private static ConflictException taken() {
        return new ConflictException("username", "Username already registered");
    }
}
