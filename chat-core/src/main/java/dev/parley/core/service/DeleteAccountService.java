package dev.parley.core.service;

import dev.parley.core.port.in.DeleteAccountUseCase;
import dev.parley.core.port.in.UserCommand;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UserRepository;

/** Use case service: deletes the caller's account and everything it owns, which also ends its credentials. */
public final class DeleteAccountService implements DeleteAccountUseCase {

    private final UserRepository users;
    private final Transactions transactions;

    public DeleteAccountService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void deleteAccount(UserCommand command) {
        transactions.run(() -> users.delete(command.user()));
    }
}
