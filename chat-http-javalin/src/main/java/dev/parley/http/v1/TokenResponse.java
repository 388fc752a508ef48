package dev.parley.http.v1;

import dev.parley.core.domain.user.TokenPair;
import java.time.Duration;

/**
 * Response: an OAuth2-style token pair, {@code {access_token, token_type, expires_in, refresh_token,
 * refresh_expires_in}}, lifetimes in seconds ({@code refresh_expires_in} null if the refresh token never expires).
 */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, Long refreshExpiresIn) {

    static TokenResponse of(TokenPair pair) {
        Duration refreshLife = pair.refresh().expiresIn();
        return new TokenResponse(pair.access().value(), "bearer", pair.access().expiresIn().toSeconds(),
                pair.refresh().value(), refreshLife == null ? null : refreshLife.toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=<redacted>, tokenType=" + tokenType + ", expiresIn=" + expiresIn
                + ", refreshToken=<redacted>, refreshExpiresIn=" + refreshExpiresIn + "]";
    }
}
