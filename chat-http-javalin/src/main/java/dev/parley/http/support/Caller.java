package dev.parley.http.support;

import dev.parley.core.domain.user.User;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * HTTP support: who sent a request, with a way to ask the core again whether the credential they
 * presented still holds, for work that outlives the moment it was checked (a reply in flight).
 */
public final class Caller {

    private final User user;
    private final BooleanSupplier stillAuthenticated;

    /** {@code stillAuthenticated} answers false once the credential stops working; it may throw when the core cannot tell. */
    public Caller(User user, BooleanSupplier stillAuthenticated) {
        this.user = Objects.requireNonNull(user, "user");
        this.stillAuthenticated = Objects.requireNonNull(stillAuthenticated, "stillAuthenticated");
    }

    public User user() {
        return user;
    }

    /**
     * Asks the core again: false once the credential was revoked (logout, password change,
     * deactivation, deletion), on whichever node that happened.
     */
    public boolean stillAuthenticated() {
        return stillAuthenticated.getAsBoolean();
    }

    @Override
    public String toString() {
        return "Caller[user=" + user.id() + "]";
    }
}
