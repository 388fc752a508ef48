package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.domain.user.User;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refresh token is spent once even when a second use arrives while the first one's transaction is
 * still open: the second waits for the row and then finds it used, on each database.
 */
abstract class AbstractCredentialRaceTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07.123456Z");
    private static final String HASH = "a".repeat(64);

    private DatabaseSettings settings;
    private JdbiPersistence persistence;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    /** A new, empty database. */
    protected abstract DatabaseSettings newDatabase();

    @BeforeEach
    void open() {
        settings = newDatabase();
        persistence = JdbiPersistence.open(settings);
        User alice = persistence.users().create(new NewUser("alice", "hash", T0));
        persistence.credentials().store(new StoredCredential(HASH, CredentialKind.REFRESH, alice.id(),
                new UUID(1, 1), 0, T0, null, null, null));
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        persistence.close();
    }

    @Test
    void aUseWaitingForAnUncommittedUseFindsTheTokenSpentOnceThatCommits() throws Exception {
        CountDownLatch marked = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<Boolean> first = pool.submit(() -> persistence.transactions().inTransaction(() -> {
            boolean won = persistence.credentials().markUsed(HASH, T0.plusSeconds(1));
            marked.countDown();
            awaitQuietly(commit);
            return won;
        }));
        assertThat(marked.await(30, TimeUnit.SECONDS)).isTrue();

        Future<Boolean> second = pool.submit(() -> persistence.credentials().markUsed(HASH, T0.plusSeconds(2)));
        // Only once the second statement is queued behind the first's row lock is this the race in question.
        await().atMost(Duration.ofSeconds(30)).until(() -> sessionsWaitingForALock() > 0);
        commit.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(persistence.credentials().findByHash(CredentialKind.REFRESH, HASH).orElseThrow().usedAt())
                .isEqualTo(T0.plusSeconds(1));
    }

    private int sessionsWaitingForALock() throws SQLException {
        String query = settings.isPostgres()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first use commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
