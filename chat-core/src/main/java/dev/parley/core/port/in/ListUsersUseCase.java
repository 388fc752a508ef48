package dev.parley.core.port.in;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.user.User;

/** Incoming port: the user list, for admins. */
public interface ListUsersUseCase {

    /** @throws ForbiddenException when the caller is not an active admin */
    Page<User> list(ListUsersCommand command);
}
