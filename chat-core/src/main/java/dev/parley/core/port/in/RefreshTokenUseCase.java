package dev.parley.core.port.in;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.TokenPair;

/**
 * Incoming port: rotate a refresh token. Each refresh token works once; presenting one that was
 * already used revokes its whole family, because one of its holders is not its owner.
 */
public interface RefreshTokenUseCase {

    /** @throws AuthenticationException when the token is unknown, used, revoked, expired or its user's credentials were revoked */
    TokenPair refresh(RefreshTokenCommand command);
}
