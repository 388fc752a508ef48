package dev.parley.core.port.out;

import dev.parley.core.domain.user.AccessToken;
import dev.parley.core.domain.user.TokenClaims;
import dev.parley.core.domain.user.User;
import java.util.Optional;

/**
 * Outgoing port: issues and checks the bearer tokens that stand for a user. A token carries the
 * user's credential generation at the time it was issued; whether that generation is still current
 * is the core's decision, not the token service's. Thread-safe; arguments are never null.
 */
public interface TokenService {

    AccessToken issue(User user);

    /** What a token says, or empty when it is malformed, forged, expired or not a token at all. */
    Optional<TokenClaims> verify(String token);
}
