package dev.parley.core.service;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.Emails;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserRole;
import dev.parley.core.domain.user.Usernames;
import dev.parley.core.port.in.RegisterUserCommand;
import dev.parley.core.port.in.RegisterUserUseCase;
import dev.parley.core.port.out.PasswordHasher;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UserRepository;
import java.time.Clock;

/** Use case service: validates and stores a new account with a hashed password. */
public final class RegisterUserService implements RegisterUserUseCase {

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final Transactions transactions;
    private final Clock clock;

    public RegisterUserService(UserRepository users, PasswordHasher passwords, Transactions transactions, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User register(RegisterUserCommand command) {
        String username = Usernames.validUsername(command.username());
        String email = Emails.validOrNone(command.email());
        String password = Usernames.validPassword(command.password());
        if (users.findAccountByUsername(username).isPresent()) {
            throw new ConflictException("username", "Username already registered");
        }
        // Hashing is deliberately slow, so it happens before, not inside, the transaction.
        String hash = passwords.hash(password);
        return transactions.inTransaction(
                () -> users.create(new NewUser(username, email, hash, UserRole.USER, Timestamps.now(clock))));
    }
}
