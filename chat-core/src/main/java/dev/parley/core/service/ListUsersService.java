package dev.parley.core.service;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ListUsersCommand;
import dev.parley.core.port.in.ListUsersUseCase;
import dev.parley.core.port.out.UserRepository;

/** Use case service: pages through all users, for admins. */
public final class ListUsersService implements ListUsersUseCase {

    private final UserRepository users;
    private final Admins admins;

    public ListUsersService(UserRepository users) {
        this.users = users;
        this.admins = new Admins(users);
    }

    @Override
    public Page<User> list(ListUsersCommand command) {
        // Who may ask comes before how they asked: a non-admin learns nothing, not even about paging.
        admins.require(command.admin());
        return users.list(new PageRequest(command.page(), command.pageSize()));
    }
}
