package dev.parley.core.domain.user;

import java.time.Duration;
import java.util.Objects;

/** Value: an opaque credential handed to a client once (only its hash is kept); {@code expiresIn} null means never. */
public record IssuedSecret(String value, Duration expiresIn) {

    public IssuedSecret {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "IssuedSecret[value=<redacted>, expiresIn=" + expiresIn + "]";
    }
}
