package dev.parley.core.service;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.AuthenticateUseCase;
import dev.parley.core.port.out.TokenService;
import dev.parley.core.port.out.UserRepository;

/** Use case service: turns a bearer token into the user it stands for, who must still exist. */
public final class AuthenticateService implements AuthenticateUseCase {

    private final TokenService tokens;
    private final UserRepository users;

    public AuthenticateService(TokenService tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public User authenticate(AuthenticateCommand command) {
        String token = command.token();
        if (token == null || token.isBlank()) {
            throw new AuthenticationException("Not authenticated");
        }
        // The user is read on every request, so a logout, password change or deactivation on any
        // node invalidates older credentials at once.
        return tokens.verify(token.strip())
                .flatMap(claims -> users.findById(claims.user())
                        .filter(user -> user.active() && user.credentialGeneration() == claims.credentialGeneration()))
                .orElseThrow(() -> new AuthenticationException("Could not validate credentials"));
    }
}
