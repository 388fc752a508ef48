package dev.parley.core.service;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserRole;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.AuthenticateUseCase;
import dev.parley.core.port.out.IdGenerator;
import dev.parley.core.port.out.PasswordHasher;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UserRepository;
import java.time.Clock;

/**
 * Use case service for single-user mode: every request, with or without a credential, acts as the
 * local user (an admin named {@value #USERNAME}, created on first use with a password nobody knows).
 */
public final class LocalUserAuthenticateService implements AuthenticateUseCase {

    public static final String USERNAME = "local";

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final IdGenerator ids;
    private final Transactions transactions;
    private final Clock clock;

    LocalUserAuthenticateService(UserRepository users, PasswordHasher passwords, IdGenerator ids,
            Transactions transactions, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.ids = ids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User authenticate(AuthenticateCommand command) {
        return users.findAccountByUsername(USERNAME).map(account -> account.user()).orElseGet(this::create);
    }

    private User create() {
        String unusable = passwords.hash(ids.newSecret());
        try {
            return transactions.inTransaction(() -> users.create(
                    new NewUser(USERNAME, null, unusable, UserRole.ADMIN, Timestamps.now(clock))));
        } catch (ConflictException createdMeanwhile) {
            return users.findAccountByUsername(USERNAME).orElseThrow(() -> createdMeanwhile).user();
        }
    }
}
