package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.T0;
import static dev.parley.core.testing.Fixtures.storedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.parley.core.port.out.CredentialRepository}; every implementation's test extends it. */
public abstract class CredentialRepositoryContract extends PersistenceContract {

    private static final UUID FAMILY = new UUID(9, 1);
    private User alice;

    @BeforeEach
    void storeFixtures() {
        alice = storedUser(store, "alice");
    }

    private StoredCredential credential(String hash, CredentialKind kind, UUID family) {
        return new StoredCredential(hash, kind, alice.id(), family, 3, T0, T0.plusSeconds(3600), null, null);
    }

    @Test
    void aStoredCredentialIsFoundByItsHashAndKindOnly() {
        StoredCredential refresh = credential("a".repeat(64), CredentialKind.REFRESH, FAMILY);
        StoredCredential forever = new StoredCredential("b".repeat(64), CredentialKind.API_TOKEN, alice.id(),
                new UUID(9, 2), 0, T0, null, null, null);
        store.credentials().store(refresh);
        store.credentials().store(forever);

        assertThat(store.credentials().findByHash(CredentialKind.REFRESH, refresh.hash())).contains(refresh);
        assertThat(store.credentials().findByHash(CredentialKind.API_TOKEN, forever.hash())).contains(forever);
        assertThat(store.credentials().findByHash(CredentialKind.SESSION, refresh.hash())).isEmpty();
        assertThat(store.credentials().findByHash(CredentialKind.REFRESH, "c".repeat(64))).isEmpty();
    }

    @Test
    void aHashCanBeStoredOnlyOnce() {
        store.credentials().store(credential("a".repeat(64), CredentialKind.SESSION, FAMILY));

        assertThatThrownBy(() -> store.credentials().store(credential("a".repeat(64), CredentialKind.SESSION, FAMILY)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void ofRacingMarksExactlyOneWins() throws Exception {
        StoredCredential refresh = credential("a".repeat(64), CredentialKind.REFRESH, FAMILY);
        store.credentials().store(refresh);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> store.transactions().inTransaction(
                        () -> store.credentials().markUsed(refresh.hash(), T0.plusSeconds(5))));
            }
            int winners = 0;
            for (Future<Boolean> result : pool.invokeAll(racers, 60, TimeUnit.SECONDS)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.credentials().findByHash(CredentialKind.REFRESH, refresh.hash()))
                .hasValueSatisfying(c -> assertThat(c.usedAt()).isEqualTo(T0.plusSeconds(5)));
        assertThat(store.credentials().markUsed("f".repeat(64), T0)).isFalse();
    }

    @Test
    void revokingAFamilyRevokesEveryMemberAndNothingElse() {
        store.credentials().store(credential("a".repeat(64), CredentialKind.REFRESH, FAMILY));
        store.credentials().store(credential("b".repeat(64), CredentialKind.REFRESH, FAMILY));
        store.credentials().store(credential("c".repeat(64), CredentialKind.REFRESH, new UUID(9, 9)));

        store.credentials().revokeFamily(FAMILY, T0.plusSeconds(9));

        assertThat(store.credentials().findByHash(CredentialKind.REFRESH, "a".repeat(64)).orElseThrow().revokedAt())
                .isEqualTo(T0.plusSeconds(9));
        assertThat(store.credentials().findByHash(CredentialKind.REFRESH, "b".repeat(64)).orElseThrow().revokedAt())
                .isEqualTo(T0.plusSeconds(9));
        assertThat(store.credentials().findByHash(CredentialKind.REFRESH, "c".repeat(64)).orElseThrow().revokedAt())
                .isNull();
    }

    @Test
    void deletingAUserDeletesTheirCredentials() {
        store.credentials().store(credential("a".repeat(64), CredentialKind.SESSION, FAMILY));

        store.users().delete(alice.id());

        assertThat(store.credentials().findByHash(CredentialKind.SESSION, "a".repeat(64))).isEmpty();
    }
}
