package dev.parley.core.port.in;

import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.User;

/** Incoming port: stop a user from signing in; their credentials stop working, their data stays. */
public interface DeactivateUserUseCase {

    /**
     * @throws ForbiddenException when the caller is not an active admin
     * @throws NotFoundException when no user has that name
     * @throws InvalidInputException when an admin names themselves
     */
    User deactivate(DeactivateUserCommand command);
}
