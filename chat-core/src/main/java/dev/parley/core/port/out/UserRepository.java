package dev.parley.core.port.out;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserId;
import java.util.Optional;

/**
 * Outgoing port: where users are kept. Usernames are unique regardless of case. Implementations are
 * thread-safe and join the caller's transaction when one is open ({@link Transactions}). No method
 * accepts or returns null.
 */
public interface UserRepository {

    /**
     * Stores a new user and returns it with its assigned id.
     *
     * @throws ConflictException on field {@code username} when the name is taken in any letter case
     */
    User create(NewUser user);

    Optional<User> findById(UserId id);

    /** Finds a user and their password hash by username, ignoring letter case. */
    Optional<UserAccount> findAccountByUsername(String username);
}
