package dev.parley.core.service;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.Usernames;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.out.PasswordHasher;
import dev.parley.core.port.out.UserRepository;
import java.util.Optional;

/** The password login rule, shared by every credential a password can buy: one answer for every failure. */
final class PasswordCheck {

    static final String INVALID = "Incorrect username or password";

    private final UserRepository users;
    private final PasswordHasher passwords;
    private volatile String decoyHash;

    PasswordCheck(UserRepository users, PasswordHasher passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** The active user these credentials belong to. */
    User verified(IssueTokenCommand command) {
        String username = command.username();
        String password = command.password();
        if (username == null || username.isBlank() || password == null || password.isEmpty()
                || password.length() > Usernames.MAX_PASSWORD_LENGTH) {
            throw new AuthenticationException(INVALID);
        }
        Optional<UserAccount> account = users.findAccountByUsername(username.strip());
        // An unknown name costs as much as a wrong password, so timing does not tell names apart.
        String hash = account.map(UserAccount::passwordHash).orElseGet(this::decoyHash);
        boolean matches = passwords.matches(password, hash);
        // A deactivated account reads like a wrong password: nothing says the name exists.
        if (account.isEmpty() || !matches || !account.get().user().active()) {
            throw new AuthenticationException(INVALID);
        }
        return account.get().user();
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = passwords.hash("decoy password that no account has");
            decoyHash = hash;
        }
        return hash;
    }
}
