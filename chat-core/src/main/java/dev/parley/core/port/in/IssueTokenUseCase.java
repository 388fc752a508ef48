package dev.parley.core.port.in;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.AccessToken;

/** Incoming port: log in with a password and receive a bearer token. */
public interface IssueTokenUseCase {

    /** @throws AuthenticationException for any wrong username or password, without saying which */
    AccessToken issue(IssueTokenCommand command);
}
