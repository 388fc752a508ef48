package dev.parley.core.service;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.Secrets;
import dev.parley.core.domain.user.StoredCredential;
import dev.parley.core.domain.user.TokenPair;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.RefreshTokenCommand;
import dev.parley.core.port.in.RefreshTokenUseCase;
import dev.parley.core.port.out.CredentialRepository;
import dev.parley.core.port.out.TokenService;
import dev.parley.core.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case service: refresh-token rotation. The presented token is marked used and a new one of the
 * same family issued, in one transaction; a token already used means it was copied, so the whole
 * family is revoked (in its own committed transaction) and the caller refused.
 */
public final class RefreshTokenService implements RefreshTokenUseCase {

    static final String INVALID = "Token is invalid or expired";

    private sealed interface Outcome permits Rotated, Reused, Refused {
    }

    private record Rotated(TokenPair pair) implements Outcome {
    }

    private record Reused() implements Outcome {
    }

    private record Refused() implements Outcome {
    }

    private final CredentialRepository credentials;
    private final OpaqueCredentials opaque;
    private final TokenService tokens;
    private final Transactions transactions;
    private final Clock clock;

    RefreshTokenService(CredentialRepository credentials, OpaqueCredentials opaque, TokenService tokens,
            Transactions transactions, Clock clock) {
        this.credentials = credentials;
        this.opaque = opaque;
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TokenPair refresh(RefreshTokenCommand command) {
        String presented = command.refreshToken();
        if (presented == null || presented.isBlank()) {
            throw new AuthenticationException(INVALID);
        }
        String hash = Secrets.hash(presented.strip());
        StoredCredential stored = credentials.findByHash(CredentialKind.REFRESH, hash)
                .orElseThrow(() -> new AuthenticationException(INVALID));
        Outcome outcome = transactions.inTransaction(() -> rotate(stored, presented.strip()));
        return switch (outcome) {
            case Rotated rotated -> rotated.pair();
            case Reused reused -> {
                transactions.run(() -> credentials.revokeFamily(stored.family(), Timestamps.now(clock)));
                throw new AuthenticationException(INVALID);
            }
            case Refused refused -> throw new AuthenticationException(INVALID);
        };
    }

    private Outcome rotate(StoredCredential stored, String presented) {
        Instant now = Timestamps.now(clock);
        if (!credentials.markUsed(stored.hash(), now)) {
            return new Reused();
        }
        Optional<User> holder = opaque.holder(CredentialKind.REFRESH, presented);
        if (holder.isEmpty()) {
            return new Refused();
        }
        User user = holder.get();
        return new Rotated(new TokenPair(tokens.issue(user),
                opaque.issue(user, CredentialKind.REFRESH, stored.family(), OpaqueCredentials.REFRESH_LIFETIME)));
    }
}
