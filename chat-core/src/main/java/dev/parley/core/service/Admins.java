package dev.parley.core.service;

import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.UserRepository;

/** The admin rule in one place: read from the store on every call, so a demotion takes effect at once. */
final class Admins {

    private final UserRepository users;

    Admins(UserRepository users) {
        this.users = users;
    }

    User require(UserId caller) {
        return users.findById(caller)
                .filter(user -> user.active() && user.isAdmin())
                .orElseThrow(() -> new ForbiddenException("Admin rights are required"));
    }
}
