package dev.parley.core.port.out;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.StoredCredential;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Outgoing port: where opaque credentials (refresh tokens, API tokens, sessions) are kept, by the
 * hash of their secret; deleting a user deletes theirs. Implementations are thread-safe and join the
 * caller's transaction when one is open. No method accepts or returns null.
 */
public interface CredentialRepository {

    /** @throws ConflictException when a credential with the same hash exists */
    void store(StoredCredential credential);

    /** The credential of this kind with this hash; a hash of another kind is not found. */
    Optional<StoredCredential> findByHash(CredentialKind kind, String hash);

    /**
     * Marks a credential used, if it was not yet: of several racing calls exactly one returns true.
     * False for an unknown hash too.
     */
    boolean markUsed(String hash, Instant at);

    /** Revokes every credential of a family (a reused refresh token gives its whole family away). */
    void revokeFamily(UUID family, Instant at);
}
