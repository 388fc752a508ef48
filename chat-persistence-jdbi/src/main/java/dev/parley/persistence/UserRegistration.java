package dev.parley.persistence;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.Emails;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.Usernames;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Stores a new user, unique on the canonical username and, when given, the canonical e-mail address;
 * a clash with either becomes the port's conflict on that field.
 */
final class UserRegistration {

    private static final String USERNAME_KEY = "users_username_canonical_key";
    private static final String EMAIL_KEY = "users_email_canonical_key";

    private UserRegistration() {
    }

    static User create(Handle handle, NewUser user) {
        String username = Usernames.canonical(user.username());
        String email = user.email() == null ? null : TextColumns.stored(Emails.canonical(user.email()));
        Instant createdAt = TimestampColumns.stored(user.createdAt());
        // Checking first keeps the usual duplicate from failing a statement, which on PostgreSQL
        // would spoil the caller's transaction; the constraints still settle races.
        if (taken(handle, "SELECT 1 FROM users WHERE username_canonical = :value", username)) {
            throw usernameTaken();
        }
        if (email != null && taken(handle, "SELECT 1 FROM users WHERE email_canonical = :value", email)) {
            throw emailTaken();
        }
        try {
            long id = handle.createUpdate("""
                            INSERT INTO users (username, username_canonical, email, email_canonical, role,
                                               password_hash, created_at)
                            VALUES (:username, :canonical, :email, :emailCanonical, :role, :hash, :createdAt)""")
                    .bind("username", user.username())
                    .bind("canonical", username)
                    .bind("email", TextColumns.stored(user.email()))
                    .bind("emailCanonical", email)
                    .bind("role", user.role().name())
                    .bind("hash", user.passwordHash())
                    .bind("createdAt", TimestampColumns.argument(createdAt))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            return new User(new UserId(id), user.username(), user.email(), user.role(), true, 0, createdAt);
        } catch (UnableToExecuteStatementException e) {
            throw conflictOr(e);
        }
    }

    private static boolean taken(Handle handle, String query, String value) {
        return handle.createQuery(query).bind("value", value).mapTo(Integer.class).findFirst().isPresent();
    }

    private static RuntimeException conflictOr(UnableToExecuteStatementException failure) {
        return UniqueViolations.brokenConstraint(failure)
                .<RuntimeException>map(constraint -> switch (constraint) {
                    case USERNAME_KEY -> usernameTaken();
                    case EMAIL_KEY -> emailTaken();
                    default -> failure;
                })
                .orElse(failure);
    }

    private static ConflictException usernameTaken() {
        return new ConflictException("username", "Username already registered");
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email", "Email already registered");
    }
}
