package dev.parley.http.v1;

import dev.parley.core.domain.user.User;

/** Response: a user as /v1 shows it, {@code {id, username}}. */
record UserResponse(long id, String username) {

    static UserResponse of(User user) {
        return new UserResponse(user.id().value(), user.username());
    }
}
