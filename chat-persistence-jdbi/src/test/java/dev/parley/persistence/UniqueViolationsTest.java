package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {

    @Test
    void h2ViolationIsNamedByItsConstraintWithoutSchema() {
        SQLException h2 = new SQLException("Unique index or primary key violation: \"PUBLIC.USERS_EMAIL_CANONICAL_KEY INDEX"
                + " PUBLIC.USERS_EMAIL_CANONICAL_KEY_INDEX_4 ON PUBLIC.USERS(EMAIL_CANONICAL NULLS FIRST) VALUES"
                + " ( /* 1 */ 'users_username_canonical_key@example.org' )\"", "23505");

        assertThat(UniqueViolations.brokenConstraint(new RuntimeException(h2))).contains("users_email_canonical_key");
    }

    @Test
    void anAbortedTransactionIsNotTheViolationThatAbortedIt() {
        SQLException earlier = new SQLException("duplicate key", "23505");
        SQLException aborted = new SQLException("current transaction is aborted", "25P02", earlier);

        assertThat(UniqueViolations.brokenConstraint(new RuntimeException(aborted))).isEmpty();
    }

    @Test
    void failuresWithoutAnSqlErrorBreakNoConstraint() {
        assertThat(UniqueViolations.brokenConstraint(new IllegalStateException("boom"))).isEmpty();
    }
}
