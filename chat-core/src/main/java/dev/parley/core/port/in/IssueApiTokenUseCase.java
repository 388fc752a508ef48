package dev.parley.core.port.in;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.IssuedSecret;

/** Incoming port: log in with a password and receive a long-lived API token ({@code Authorization: Token}). */
public interface IssueApiTokenUseCase {

    /** @throws AuthenticationException for any wrong username or password, without saying which */
    IssuedSecret issueApiToken(IssueTokenCommand command);
}
