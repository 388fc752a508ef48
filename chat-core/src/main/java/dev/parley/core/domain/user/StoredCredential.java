package dev.parley.core.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Entity: an opaque credential as stored: only the SHA-256 hash of its secret, whose it is, the
 * family it was rotated within (refresh tokens), the user's credential generation when it was
 * issued, and its life: when it expires (null: never), was used (refresh tokens: once) or revoked.
 */
public record StoredCredential(
        String hash,
        CredentialKind kind,
        UserId user,
        UUID family,
        long generation,
        Instant createdAt,
        Instant expiresAt,
        Instant usedAt,
        Instant revokedAt) {

    public StoredCredential {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether it may still be presented at {@code now}: not revoked, not expired (use is checked apart). */
    public boolean liveAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
