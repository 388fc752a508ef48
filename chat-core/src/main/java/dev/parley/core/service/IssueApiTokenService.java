package dev.parley.core.service;

import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.IssuedSecret;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.IssueApiTokenUseCase;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.out.Transactions;

/** Use case service: a password login that yields a long-lived API token, valid until the user's credentials are revoked. */
public final class IssueApiTokenService implements IssueApiTokenUseCase {

    private final PasswordCheck passwordCheck;
    private final OpaqueCredentials opaque;
    private final Transactions transactions;

    IssueApiTokenService(PasswordCheck passwordCheck, OpaqueCredentials opaque, Transactions transactions) {
        this.passwordCheck = passwordCheck;
        this.opaque = opaque;
        this.transactions = transactions;
    }

    @Override
    public IssuedSecret issueApiToken(IssueTokenCommand command) {
        User user = passwordCheck.verified(command);
        return transactions.inTransaction(() -> opaque.issue(user, CredentialKind.API_TOKEN, opaque.newFamily(), null));
    }
}
