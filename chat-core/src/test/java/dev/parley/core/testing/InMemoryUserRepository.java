package dev.parley.core.testing;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.Usernames;
import dev.parley.core.port.out.UserRepository;
import java.util.Optional;

/** Fake {@link UserRepository} kept in an {@link InMemoryDatabase}. */
public final class InMemoryUserRepository implements UserRepository {

    private final InMemoryDatabase database;

    public InMemoryUserRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public User create(NewUser user) {
        return database.operate(state -> {
            String canonical = Usernames.canonical(user.username());
            boolean taken = state.users.values().stream()
                    .anyMatch(a -> Usernames.canonical(a.user().username()).equals(canonical));
            if (taken) {
                throw new ConflictException("username", "Username already registered");
            }
            User created = new User(new UserId(++state.lastUserId), user.username(), user.createdAt());
            state.users.put(created.id().value(), new UserAccount(created, user.passwordHash()));
            return created;
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return database.operate(state -> Optional.ofNullable(state.users.get(id.value())).map(UserAccount::user));
    }

    @Override
    public Optional<UserAccount> findAccountByUsername(String username) {
        String canonical = Usernames.canonical(username);
        return database.operate(state -> state.users.values().stream()
                .filter(a -> Usernames.canonical(a.user().username()).equals(canonical))
                .findFirst());
    }
}
