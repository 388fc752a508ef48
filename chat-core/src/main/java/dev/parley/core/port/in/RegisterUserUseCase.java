package dev.parley.core.port.in;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.user.User;

/** Incoming port: sign up. */
public interface RegisterUserUseCase {

    /**
     * @throws InvalidInputException when the username or password breaks the rules
     * @throws ConflictException when the username is taken, in any letter case
     */
    User register(RegisterUserCommand command);
}
