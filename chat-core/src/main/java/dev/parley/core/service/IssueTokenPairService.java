package dev.parley.core.service;

import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.TokenPair;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.IssueTokenPairUseCase;
import dev.parley.core.port.out.TokenService;
import dev.parley.core.port.out.Transactions;

/** Use case service: a password login that yields an access token and the first refresh token of a new family. */
public final class IssueTokenPairService implements IssueTokenPairUseCase {

    private final PasswordCheck passwordCheck;
    private final OpaqueCredentials opaque;
    private final TokenService tokens;
    private final Transactions transactions;

    IssueTokenPairService(PasswordCheck passwordCheck, OpaqueCredentials opaque, TokenService tokens,
            Transactions transactions) {
        this.passwordCheck = passwordCheck;
        this.opaque = opaque;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    @Override
    public TokenPair issuePair(IssueTokenCommand command) {
        User user = passwordCheck.verified(command);
        return new TokenPair(tokens.issue(user), transactions.inTransaction(() ->
                opaque.issue(user, CredentialKind.REFRESH, opaque.newFamily(), OpaqueCredentials.REFRESH_LIFETIME)));
    }
}
