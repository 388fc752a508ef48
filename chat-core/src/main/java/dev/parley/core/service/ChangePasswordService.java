package dev.parley.core.service;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.UserAccount;
import dev.parley.core.domain.user.Usernames;
import dev.parley.core.port.in.ChangePasswordCommand;
import dev.parley.core.port.in.ChangePasswordUseCase;
import dev.parley.core.port.out.PasswordHasher;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UserRepository;

/** Use case service: checks the current password, stores the new hash, and revokes older credentials. */
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final Transactions transactions;

    public ChangePasswordService(UserRepository users, PasswordHasher passwords, Transactions transactions) {
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        UserAccount account = users.findAccountById(command.user()).orElseThrow(() -> new NotFoundException("User"));
        String current = command.currentPassword();
        if (current == null || current.length() > Usernames.MAX_PASSWORD_LENGTH
                || !passwords.matches(current, account.passwordHash())) {
            throw new InvalidInputException("current_password", "current password is incorrect");
        }
        String hash = passwords.hash(Usernames.validPassword(command.newPassword()));
        transactions.run(() -> users.changePassword(command.user(), hash));
    }
}
