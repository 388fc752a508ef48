package dev.parley.core.domain.user;

import java.util.Objects;

/** Value: what a verified credential says: whose it is, and the credential generation it was issued in. */
public record TokenClaims(UserId user, long credentialGeneration) {

    public TokenClaims {
        Objects.requireNonNull(user, "user");
    }
}
