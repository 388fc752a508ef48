package dev.parley.core.domain.user;

import java.time.Duration;
import java.util.Objects;

/** Value: a bearer credential handed to a client, with how long it stays valid. */
public record AccessToken(String value, Duration expiresIn) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }

    @Override
    public String toString() {
        return "AccessToken[value=<redacted>, expiresIn=" + expiresIn + "]";
    }
}
