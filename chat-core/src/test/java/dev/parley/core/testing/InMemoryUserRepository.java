package dev.parley.core.testing;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.Emails;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.Usernames;
import dev.parley.core.port.out.UserRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Fake {@link UserRepository} kept in an {@link InMemoryDatabase}. */
public final class InMemoryUserRepository implements UserRepository {

    private final InMemoryDatabase database;

    public InMemoryUserRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public User create(NewUser user) {
        return database.operate(state -> {
            String name = Usernames.canonical(user.username());
            if (state.users.values().stream().anyMatch(a -> Usernames.canonical(a.user().username()).equals(name))) {
                throw new ConflictException("username", "Username already registered");
            }
            if (user.email() != null && state.users.values().stream().anyMatch(a -> a.user().email() != null
                    && Emails.canonical(a.user().email()).equals(Emails.canonical(user.email())))) {
                throw new ConflictException("email", "Email already registered");
            }
            User created = new User(new UserId(++state.lastUserId), user.username(), user.email(), user.role(),
                    true, 0, user.createdAt());
            state.users.put(created.id().value(), new UserAccount(created, user.passwordHash()));
            return created;
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return findAccountById(id).map(UserAccount::user);
    }

    @Override
    public Optional<UserAccount> findAccountByUsername(String username) {
        String canonical = Usernames.canonical(username);
        return database.operate(state -> state.users.values().stream()
                .filter(a -> Usernames.canonical(a.user().username()).equals(canonical))
                .findFirst());
    }

    @Override
    public Optional<UserAccount> findAccountById(UserId id) {
        return database.operate(state -> Optional.ofNullable(state.users.get(id.value())));
    }

    @Override
    public Page<User> list(PageRequest page) {
        return database.operate(state -> {
            List<User> all = state.users.values().stream().map(UserAccount::user).toList();
            return new Page<>(all.stream().skip(page.offset()).limit(page.pageSize()).toList(), all.size(), page);
        });
    }

    @Override
    public User revokeCredentials(UserId id) {
        return change(id, account -> new UserAccount(nextGeneration(account.user(), account.user().active()),
                account.passwordHash()));
    }

    @Override
    public User changePassword(UserId id, String passwordHash) {
        return change(id, account -> new UserAccount(nextGeneration(account.user(), account.user().active()),
                passwordHash));
    }

    @Override
    public User deactivate(UserId id) {
        return change(id, account -> new UserAccount(nextGeneration(account.user(), false), account.passwordHash()));
    }

    @Override
    public boolean delete(UserId id) {
        return database.operate(state -> {
            if (state.users.remove(id.value()) == null) {
                return false;
            }
            List<Long> owned = state.conversations.values().stream()
                    .filter(c -> c.isOwnedBy(id)).map(c -> c.id().value()).toList();
            owned.forEach(conversation -> {
                state.conversations.remove(conversation);
                state.messages.remove(conversation);
            });
            state.credentials.values().removeIf(credential -> credential.user().equals(id));
            state.usage.removeIf(record -> record.user().equals(id));
            state.prompts.values().removeIf(prompt -> id.equals(prompt.owner()));
            state.files.values().removeIf(file -> file.owner().equals(id));
            return true;
        });
    }

    private User change(UserId id, UnaryOperator<UserAccount> change) {
        return database.operate(state -> {
            UserAccount account = state.users.get(id.value());
            if (account == null) {
                throw new NotFoundException("User");
            }
            UserAccount changed = change.apply(account);
            state.users.put(id.value(), changed);
            return changed.user();
        });
    }

    private static User nextGeneration(User user, boolean active) {
        return new User(user.id(), user.username(), user.email(), user.role(), active,
                user.credentialGeneration() + 1, user.createdAt());
    }
}
