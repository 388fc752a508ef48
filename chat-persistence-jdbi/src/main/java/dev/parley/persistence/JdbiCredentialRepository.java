package dev.parley.persistence;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.port.out.CredentialRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Driven adapter: {@link CredentialRepository} on the {@code credentials} table. Marking a credential
 * used is one conditional update, so the database's row lock, not a read-then-write, picks the one
 * winner among racing calls.
 */
final class JdbiCredentialRepository implements CredentialRepository {

    private static final CredentialRowMapper MAPPER = new CredentialRowMapper();

    private final Handles handles;

    JdbiCredentialRepository(Handles handles) {
        this.handles = handles;
    }

    @Override
    public void store(StoredCredential credential) {
        handles.withHandle(handle -> {
            // Checking first keeps the usual duplicate from failing a statement, which on PostgreSQL
            // would spoil the caller's transaction; the primary key still settles races.
            if (handle.createQuery("SELECT 1 FROM credentials WHERE hash = :hash")
                    .bind("hash", credential.hash()).mapTo(Integer.class).findFirst().isPresent()) {
                throw hashTaken();
            }
            try {
                return handle.createUpdate("INSERT INTO credentials (" + CredentialRowMapper.COLUMNS + ")"
                                + " VALUES (:hash, :kind, :user, :family, :generation, :createdAt, :expiresAt,"
                                + " :usedAt, :revokedAt)")
                        .bind("hash", credential.hash())
                        .bind("kind", credential.kind().name())
                        .bind("user", credential.user().value())
                        .bind("family", credential.family())
                        .bind("generation", credential.generation())
                        .bind("createdAt", TimestampColumns.argument(credential.createdAt()))
                        .bind("expiresAt", TimestampColumns.nullableArgument(credential.expiresAt()))
                        .bind("usedAt", TimestampColumns.nullableArgument(credential.usedAt()))
                        .bind("revokedAt", TimestampColumns.nullableArgument(credential.revokedAt()))
                        .execute();
            } catch (UnableToExecuteStatementException e) {
                // The primary key is the table's only unique constraint.
                throw UniqueViolations.brokenConstraint(e).isPresent() ? hashTaken() : e;
            }
        });
    }

    @Override
    public Optional<StoredCredential> findByHash(CredentialKind kind, String hash) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hash, "hash");
        return handles.withHandle(handle -> handle
                .createQuery("SELECT " + CredentialRowMapper.COLUMNS
                        + " FROM credentials WHERE hash = :hash AND kind = :kind")
                .bind("hash", hash)
                .bind("kind", kind.name())
                .map(MAPPER)
                .findOne());
    }

    @Override
    public boolean markUsed(String hash, Instant at) {
        Objects.requireNonNull(hash, "hash");
        // A racer blocked on the winner's row lock re-checks used_at once the winner commits (PostgreSQL
        // under READ COMMITTED and H2 alike), finds it set, and changes nothing.
        return handles.withHandle(handle -> handle
                .createUpdate("UPDATE credentials SET used_at = :at WHERE hash = :hash AND used_at IS NULL")
                .bind("at", TimestampColumns.argument(at))
                .bind("hash", hash)
                .execute()) > 0;
    }

    @Override
    public void revokeFamily(UUID family, Instant at) {
        Objects.requireNonNull(family, "family");
        handles.withHandle(handle -> handle
                .createUpdate("UPDATE credentials SET revoked_at = :at WHERE family = :family AND revoked_at IS NULL")
                .bind("at", TimestampColumns.argument(at))
                .bind("family", family)
                .execute());
    }

    private static ConflictException hashTaken() {
        return new ConflictException("hash", "Credential already stored");
    }
}
