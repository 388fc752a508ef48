package dev.parley.http.v1;

import dev.parley.core.domain.user.AccessToken;

/** Response: an OAuth2-style bearer token, {@code {access_token, token_type, expires_in}} (seconds). */
record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    static TokenResponse of(AccessToken token) {
        return new TokenResponse(token.value(), "bearer", token.expiresIn().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=<redacted>, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
