package dev.parley.core.service;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.DeactivateUserCommand;
import dev.parley.core.port.in.DeactivateUserUseCase;
import dev.parley.core.port.out.Transactions;
import dev.parley.core.port.out.UserRepository;

/** Use case service: an admin deactivates a user, whose credentials stop working at once. */
public final class DeactivateUserService implements DeactivateUserUseCase {

    private final UserRepository users;
    private final Admins admins;
    private final Transactions transactions;

    public DeactivateUserService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.admins = new Admins(users);
        this.transactions = transactions;
    }

    @Override
    public User deactivate(DeactivateUserCommand command) {
        User admin = admins.require(command.admin());
        String username = command.username() == null ? "" : command.username().strip();
        User target = users.findAccountByUsername(username)
                .orElseThrow(() -> new NotFoundException("User")).user();
        if (target.id().equals(admin.id())) {
            // Locking oneself out would leave nobody able to undo it.
            throw new InvalidInputException("username", "admins cannot deactivate themselves");
        }
        return transactions.inTransaction(() -> users.deactivate(target.id()));
    }
}
