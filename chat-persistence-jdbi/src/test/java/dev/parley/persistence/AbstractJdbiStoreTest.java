package dev.parley.persistence;

import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Test base: a new, empty SQL store per test on the database a subclass names, holding one user, alice. */
abstract class AbstractJdbiStoreTest {

    static final Instant T0 = Instant.parse("2025-03-04T05:06:07.123456Z");

    DatabaseSettings settings;
    JdbiPersistence persistence;
    User alice;

    /** A new, empty database. */
    protected abstract DatabaseSettings newDatabase();

    @BeforeEach
    final void openStore() {
        settings = newDatabase();
        persistence = JdbiPersistence.open(settings);
        alice = persistence.users().create(new NewUser("alice", "hash", T0));
    }

    @AfterEach
    final void closeStore() {
        persistence.close();
    }
}
