package dev.parley.core.service;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.UserRole;
import dev.parley.core.domain.user.Usernames;
import dev.parley.core.port.in.CreateAdminCommand;
import dev.parley.core.port.in.CreateAdminUseCase;
import dev.parley.core.port.out.PasswordHasher;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UserRepository;
import java.time.Clock;

/** Use case service: creates the operator's admin account once; an existing account is never touched. */
public final class CreateAdminService implements CreateAdminUseCase {

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final Transactions transactions;
    private final Clock clock;

    public CreateAdminService(UserRepository users, PasswordHasher passwords, Transactions transactions, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean ensureAdmin(CreateAdminCommand command) {
        String username = Usernames.validUsername(command.username());
        String password = Usernames.validPassword(command.password());
        if (users.findAccountByUsername(username).isPresent()) {
            return false;
        }
        String hash = passwords.hash(password);
        try {
            transactions.run(() -> users.create(
                    new NewUser(username, null, hash, UserRole.ADMIN, Timestamps.now(clock))));
            return true;
        } catch (ConflictException anotherNodeWasFaster) {
            return false;
        }
    }
}
