package dev.parley.core.testing;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.port.out.CredentialRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Fake {@link CredentialRepository} kept in an {@link InMemoryDatabase}. */
public final class InMemoryCredentialRepository implements CredentialRepository {

    private final InMemoryDatabase database;

    public InMemoryCredentialRepository(InMemoryDatabase database) {
        this.database = database;
    }

    @Override
    public void store(StoredCredential credential) {
        database.operate(state -> {
            if (state.credentials.containsKey(credential.hash())) {
                throw new ConflictException("hash", "credential exists");
            }
            state.credentials.put(credential.hash(), credential);
            return null;
        });
    }

    @Override
    public Optional<StoredCredential> findByHash(CredentialKind kind, String hash) {
        return database.operate(state -> Optional.ofNullable(state.credentials.get(hash)).filter(c -> c.kind() == kind));
    }

    @Override
    public boolean markUsed(String hash, Instant at) {
        return database.operate(state -> {
            StoredCredential c = state.credentials.get(hash);
            if (c == null || c.usedAt() != null) {
                return false;
            }
            state.credentials.put(hash, new StoredCredential(c.hash(), c.kind(), c.user(), c.family(), c.generation(),
                    c.createdAt(), c.expiresAt(), at, c.revokedAt()));
            return true;
        });
    }

    @Override
    public void revokeFamily(UUID family, Instant at) {
        database.operate(state -> {
            state.credentials.replaceAll((hash, c) -> c.family().equals(family) && c.revokedAt() == null
                    ? new StoredCredential(c.hash(), c.kind(), c.user(), c.family(), c.generation(), c.createdAt(),
                            c.expiresAt(), c.usedAt(), at)
                    : c);
            return null;
        });
    }
}
