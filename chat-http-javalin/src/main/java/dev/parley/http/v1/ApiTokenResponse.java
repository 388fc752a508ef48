package dev.parley.http.v1;

import dev.parley.core.domain.user.IssuedSecret;

/** Response: a new API key for the {@code Authorization: Token <key>} scheme, {@code {"token": ...}} (DRF's shape). */
record ApiTokenResponse(String token) {

    static ApiTokenResponse of(IssuedSecret secret) {
        return new ApiTokenResponse(secret.value());
    }

    @Override
    public String toString() {
        return "ApiTokenResponse[token=<redacted>]";
    }
}
