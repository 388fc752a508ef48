package dev.parley.core.domain.user;

import java.util.Objects;

/** Value: what a password login or a refresh hands out: a short-lived access token and a refresh token. */
public record TokenPair(AccessToken access, IssuedSecret refresh) {

    public TokenPair {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(refresh, "refresh");
    }
}
