package dev.parley.http.v1;

import dev.parley.core.domain.user.User;

/** Response: a newly registered user, {@code {id, username, email}} ({@code email} null when none was given). */
record UserResponse(long id, String username, String email) {

    static UserResponse of(User user) {
        return new UserResponse(user.id().value(), user.username(), user.email());
    }
}
