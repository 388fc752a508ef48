package dev.parley.core.port.in;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.User;

/** Incoming port: the one place every adapter turns a credential into a user. */
public interface AuthenticateUseCase {

    /** @throws AuthenticationException when the token is missing, invalid, expired or its user is gone */
    User authenticate(AuthenticateCommand command);
}
