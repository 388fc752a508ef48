package dev.parley.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Recognises a broken unique constraint by its standard SQLSTATE, which H2 and PostgreSQL share, and
 * tells which constraint it was, so one failed insert can name the field that clashed.
 */
final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /**
     * The lower-case name of the unique constraint that {@code failure} broke; empty when it broke
     * none. The name is blank when the driver did not say.
     */
    static Optional<String> brokenConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                // Only the first: PostgreSQL's "transaction is aborted" error carries the earlier
                // violation that aborted it as its cause, and that one is not this statement's.
                return UNIQUE_VIOLATION.equals(sql.getSQLState())
                        ? Optional.of(constraintName(sql).toLowerCase(Locale.ROOT))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String constraintName(SQLException violation) {
        if (violation instanceof PSQLException postgres) {
            ServerErrorMessage server = postgres.getServerErrorMessage();
            return server == null || server.getConstraint() == null ? "" : server.getConstraint();
        }
        // H2 has no accessor; its message, in every language, starts the quoted part with the
        // schema-qualified constraint name: ... "PUBLIC.USERS_EMAIL_CANONICAL_KEY INDEX ... VALUES (...)".
        String message = violation.getMessage() == null ? "" : violation.getMessage();
        int open = message.indexOf('"');
        if (open < 0) {
            return "";
        }
        int end = message.indexOf(' ', open);
        String qualified = message.substring(open + 1, end < 0 ? message.length() : end);
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
