package dev.parley.core.service;

import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.IssuedSecret;
import dev.parley.core.domain.user.Secrets;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.out.CredentialRepository;
import dev.parley.core.port.out.IdGenerator;
import dev.parley.core.port.out.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Issues opaque credentials (only their hash is stored) and tells whom a presented one stands for. */
final class OpaqueCredentials {

    static final Duration REFRESH_LIFETIME = Duration.ofDays(7);
    static final Duration SESSION_LIFETIME = Duration.ofDays(14);

    private final CredentialRepository credentials;
    private final UserRepository users;
    private final IdGenerator ids;
    private final Clock clock;

    OpaqueCredentials(CredentialRepository credentials, UserRepository users, IdGenerator ids, Clock clock) {
        this.credentials = credentials;
        this.users = users;
        this.ids = ids;
        this.clock = clock;
    }

    /** Stores a new credential for {@code user}, stamped with their current generation; {@code lifetime} null: never expires. */
    IssuedSecret issue(User user, CredentialKind kind, UUID family, Duration lifetime) {
        String secret = ids.newSecret();
        Instant now = Timestamps.now(clock);
        credentials.store(new StoredCredential(Secrets.hash(secret), kind, user.id(), family,
                user.credentialGeneration(), now, lifetime == null ? null : now.plus(lifetime), null, null));
        return new IssuedSecret(secret, lifetime);
    }

    /** The active user a live credential of this kind stands for, if it was issued in their current generation. */
    Optional<User> holder(CredentialKind kind, String secret) {
        Instant now = Timestamps.now(clock);
        return credentials.findByHash(kind, Secrets.hash(secret))
                .filter(credential -> credential.liveAt(now))
                .flatMap(credential -> users.findById(credential.user())
                        .filter(user -> user.active() && user.credentialGeneration() == credential.generation()));
    }

    UUID newFamily() {
        return ids.newUuid();
    }
}
