package dev.parley.core.service;

import dev.parley.core.domain.user.AccessToken;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.IssueTokenUseCase;
import dev.parley.core.port.out.PasswordHasher;
import dev.parley.core.port.out.TokenService;
import dev.parley.core.port.out.UserRepository;

/** Use case service: checks a password and issues an access token, without revealing which part was wrong. */
public final class IssueTokenService implements IssueTokenUseCase {

    static final String INVALID = PasswordCheck.INVALID;

    private final PasswordCheck passwordCheck;
    private final TokenService tokens;

    public IssueTokenService(UserRepository users, PasswordHasher passwords, TokenService tokens) {
        this.passwordCheck = new PasswordCheck(users, passwords);
        this.tokens = tokens;
    }

    @Override
    public AccessToken issue(IssueTokenCommand command) {
        return tokens.issue(passwordCheck.verified(command));
    }
}
