package dev.parley.core.port.out;

import dev.parley.core.domain.user.AccessToken;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import java.util.Optional;

/**
 * Outgoing port: issues and checks the bearer tokens that stand for a user. Thread-safe; arguments
 * are never null.
 */
public interface TokenService {

    AccessToken issue(User user);

    /** The user a token stands for, or empty when it is malformed, forged, expired or not a token at all. */
    Optional<UserId> verify(String token);
}
