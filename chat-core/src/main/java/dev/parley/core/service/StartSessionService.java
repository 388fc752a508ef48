package dev.parley.core.service;

import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.IssuedSecret;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.StartSessionUseCase;
import dev.parley.core.port.out.Transactions;

/** Use case service: a password login that opens a server-side session for a cookie to name. */
public final class StartSessionService implements StartSessionUseCase {

    private final PasswordCheck passwordCheck;
    private final OpaqueCredentials opaque;
    private final Transactions transactions;

    StartSessionService(PasswordCheck passwordCheck, OpaqueCredentials opaque, Transactions transactions) {
        this.passwordCheck = passwordCheck;
        this.opaque = opaque;
        this.transactions = transactions;
    }

    @Override
    public IssuedSecret startSession(IssueTokenCommand command) {
        User user = passwordCheck.verified(command);
        return transactions.inTransaction(() -> opaque.issue(user, CredentialKind.SESSION, opaque.newFamily(),
                OpaqueCredentials.SESSION_LIFETIME));
    }
}
