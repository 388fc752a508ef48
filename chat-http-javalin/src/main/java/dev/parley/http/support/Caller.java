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
    private final boolean ambient;

    /**
     * {@code stillAuthenticated} answers false once the credential stops working; it may throw when the core
     * cannot tell. {@code ambient}: the browser may have sent the credential by itself (see {@link #ambient()}).
     */
    public Caller(User user, BooleanSupplier stillAuthenticated, boolean ambient) {
        this.user = Objects.requireNonNull(user, "user");
        this.stillAuthenticated = Objects.requireNonNull(stillAuthenticated, "stillAuthenticated");
        this.ambient = ambient;
    }

    /** A caller who presented their credential in a header, which no browser sends by itself. */
    public Caller(User user, BooleanSupplier stillAuthenticated) {
        this(user, stillAuthenticated, false);
    }

    public User user() {
        return user;
    }

    /**
     * Whether the browser may have sent the credential on its own, whatever page asked it to: the session
     * cookie, or no credential at all (single-user mode). Such a caller's state changes must prove that they
     * come from the server's own pages ({@link CsrfCheck}).
     */
    public boolean ambient() {
        return ambient;
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
