package dev.parley.core.port.in;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.IssuedSecret;

/** Incoming port: log in with a password and open a server-side session, named by the returned secret. */
public interface StartSessionUseCase {

    /** @throws AuthenticationException for any wrong username or password, without saying which */
    IssuedSecret startSession(IssueTokenCommand command);
}
