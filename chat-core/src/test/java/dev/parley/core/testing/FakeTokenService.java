package dev.parley.core.testing;

import dev.parley.core.domain.user.AccessToken;
import dev.parley.core.domain.user.TokenClaims;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.out.TokenService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Fake {@link TokenService}: opaque numbered tokens remembered in memory, expiring on the given clock. */
public final class FakeTokenService implements TokenService {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private record Grant(TokenClaims claims, Instant expiresAt) {
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final Clock clock;

    public FakeTokenService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AccessToken issue(User user) {
        String token = "fake-token-" + counter.incrementAndGet() + "-" + user.id();
        grants.put(token, new Grant(new TokenClaims(user.id(), user.credentialGeneration()),
                clock.instant().plus(LIFETIME)));
        return new AccessToken(token, LIFETIME);
    }

    @Override
    public Optional<TokenClaims> verify(String token) {
        return Optional.ofNullable(grants.get(token))
                .filter(g -> clock.instant().isBefore(g.expiresAt()))
                .map(Grant::claims);
    }
}
