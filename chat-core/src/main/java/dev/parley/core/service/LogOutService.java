package dev.parley.core.service;

import dev.parley.core.port.in.LogOutUseCase;
import dev.parley.core.port.in.UserCommand;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UserRepository;

/** Use case service: revokes every credential of the caller by moving to a new credential generation. */
public final class LogOutService implements LogOutUseCase {

    private final UserRepository users;
    private final Transactions transactions;

    public LogOutService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void logOut(UserCommand command) {
        transactions.run(() -> users.revokeCredentials(command.user()));
    }
}
