package dev.parley.core.port.in;

import dev.parley.core.domain.error.InvalidInputException;

/** Incoming port: bootstrap the first admin. There is never a built-in default credential. */
public interface CreateAdminUseCase {

    /**
     * Creates an admin account with this name and password, unless a user with this name exists
     * already, which is then left exactly as it is.
     *
     * @return whether an account was created
     * @throws InvalidInputException when the username or password breaks the rules
     */
    boolean ensureAdmin(CreateAdminCommand command);
}
