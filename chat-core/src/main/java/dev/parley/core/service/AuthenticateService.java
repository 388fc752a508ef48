package dev.parley.core.service;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.CredentialKind;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.AuthenticateUseCase;
import dev.parley.core.port.out.TokenService;
import dev.parley.core.port.out.UserRepository;
import java.util.Optional;

/**
 * Use case service: the one authentication path for every scheme. The user is read from the store
 * on every call, so a logout, password change or deactivation on any node ends older credentials at once.
 */
public final class AuthenticateService implements AuthenticateUseCase {

    private final TokenService tokens;
    private final UserRepository users;
    private final OpaqueCredentials opaque;

    AuthenticateService(TokenService tokens, UserRepository users, OpaqueCredentials opaque) {
        this.tokens = tokens;
        this.users = users;
        this.opaque = opaque;
    }

    @Override
    public User authenticate(AuthenticateCommand command) {
        String token = command.token();
        if (token == null || token.isBlank()) {
            throw new AuthenticationException("Not authenticated");
        }
        String presented = token.strip();
        Optional<User> user = switch (command.scheme()) {
            case BEARER -> tokens.verify(presented).flatMap(claims -> users.findById(claims.user())
                    .filter(u -> u.active() && u.credentialGeneration() == claims.credentialGeneration()));
            case API_TOKEN -> opaque.holder(CredentialKind.API_TOKEN, presented);
            case SESSION -> opaque.holder(CredentialKind.SESSION, presented);
        };
        return user.orElseThrow(() -> new AuthenticationException("Could not validate credentials"));
    }
}
