package dev.parley.core.port.out;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.UserId;
import java.util.Optional;

/**
 * Outgoing port: where users are kept. Usernames are unique regardless of case, and so are e-mail
 * addresses when given. Implementations are thread-safe and join the caller's transaction when one
 * is open ({@link Transactions}). No method accepts or returns null.
 */
public interface UserRepository {

    /**
     * Stores a new user, active and at credential generation 0, and returns it with its assigned id.
     *
     * @throws ConflictException on field {@code username} when the name is taken in any letter case,
     *     or on field {@code email} when the address is
     */
    User create(NewUser user);

    Optional<User> findById(UserId id);

    /** Finds a user and their password hash by username, ignoring letter case. */
    Optional<UserAccount> findAccountByUsername(String username);

    /** Finds a user and their password hash by id. */
    Optional<UserAccount> findAccountById(UserId id);

    /** One page of all users, oldest first. */
    Page<User> list(PageRequest page);

    /**
     * Raises the user's credential generation by one, so every credential issued before stops working.
     *
     * @throws NotFoundException when there is no such user
     */
    User revokeCredentials(UserId id);

    /**
     * Replaces the password hash and, in the same write, raises the credential generation.
     *
     * @throws NotFoundException when there is no such user
     */
    User changePassword(UserId id, String passwordHash);

    /**
     * Marks the user inactive and raises the credential generation; their data stays.
     *
     * @throws NotFoundException when there is no such user
     */
    User deactivate(UserId id);

    /** Deletes the user with everything they own; false when there was no such user. */
    boolean delete(UserId id);
}
