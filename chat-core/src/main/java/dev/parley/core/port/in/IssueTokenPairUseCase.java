package dev.parley.core.port.in;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.TokenPair;

/** Incoming port: log in with a password and receive an access token with a refresh token (a new family). */
public interface IssueTokenPairUseCase {

    /** @throws AuthenticationException for any wrong username or password, without saying which */
    TokenPair issuePair(IssueTokenCommand command);
}
