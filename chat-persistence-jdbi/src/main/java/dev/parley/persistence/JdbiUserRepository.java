package dev.parley.persistence;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.Usernames;
import dev.parley.core.port.out.UserRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Driven adapter: {@link UserRepository} on the {@code users} table. Every change to an account
 * raises its credential generation in the same statement, so no change can forget to.
 */
final class JdbiUserRepository implements UserRepository {

    static final String RESOURCE = "User";
    private static final UserRowMapper MAPPER = new UserRowMapper();
    private static final Consumer<Update> NO_BINDS = update -> {
    };

    /** A page row together with the number of users, counted by the same query. */
    private record ListedUser(User user, long total) {
    }

    private final Handles handles;

    JdbiUserRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public User create(NewUser user) {
        return handles.withHandle(handle -> UserRegistration.create(handle, user));
    }

    @Override
    public Optional<User> findById(UserId id) {
        return findAccountById(id).map(UserAccount::user);
    }

    @Override
    public Optional<UserAccount> findAccountByUsername(String username) {
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + UserRowMapper.COLUMNS + " FROM users WHERE username_canonical = :canonical")
                .bind("canonical", Usernames.canonical(username))
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<UserAccount> findAccountById(UserId id) {
        return handles.withHandle(handle -> findAccountById(handle, id));
    }

    @Override
    public Page<User> list(PageRequest page) {
        return handles.withHandle(handle -> {
            // Counting in the page query keeps the total consistent with the rows even while others write.
            List<ListedUser> rows = handle.createQuery("SELECT " + UserRowMapper.COLUMNS
                            + ", COUNT(*) OVER () AS total FROM users ORDER BY id LIMIT :limit OFFSET :offset")
                    .bind("limit", page.pageSize())
                    .bind("offset", page.offset())
                    .map((row, context) -> new ListedUser(MAPPER.map(row, context).user(), row.getLong("total")))
                    .list();
            long total = rows.isEmpty() ? countBeyond(handle, page) : rows.getFirst().total();
            return new Page<>(rows.stream().map(ListedUser::user).toList(), total, page);
        });
    }

    @Override
    public User revokeCredentials(UserId id) {
        return change(id, "", NO_BINDS);
    }

    @Override
    public User changePassword(UserId id, String passwordHash) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return change(id, ", password_hash = :hash", update -> update.bind("hash", passwordHash));
    }

    @Override
    public User deactivate(UserId id) {
        return change(id, ", active = FALSE", NO_BINDS);
    }

    @Override
    public boolean delete(UserId id) {
        // Conversations, credentials and usage records cascade from their owner, and messages from their conversation.
        return handles.withHandle(handle -> handle
                .createUpdate("DELETE FROM users WHERE id = :id")
                .bind("id", id.value())
                .execute()) > 0;
    }

    /** Raises the generation, applies {@code moreAssignments} (a constant SQL fragment) and reads the result. */
    private User change(UserId id, String moreAssignments, Consumer<Update> binds) {
        return handles.inTransaction(handle -> {
            Update update = handle.createUpdate("UPDATE users SET credential_generation = credential_generation + 1"
                    + moreAssignments + " WHERE id = :id").bind("id", id.value());
            binds.accept(update);
            if (update.execute() == 0) {
                throw new NotFoundException(RESOURCE);
            }
            // Read in the same transaction, under the update's row lock, so no other change slips in between.
            return findAccountById(handle, id).map(UserAccount::user).orElseThrow(() -> new NotFoundException(RESOURCE));
        });
    }

    private static long countBeyond(Handle handle, PageRequest page) {
        return page.offset() == 0 ? 0 : handle.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one();
    }

    private static Optional<UserAccount> findAccountById(Handle handle, UserId id) {
        return handle.createQuery("SELECT " + UserRowMapper.COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id.value())
                .map(MAPPER)
                .findOne();
    }
}
