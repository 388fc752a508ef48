package dev.parley.http.v1;

import dev.parley.core.port.in.RefreshTokenCommand;
import dev.parley.http.support.BodyFields;

/** Request: a refresh token to trade for a new pair, {@code {"refresh_token": ...}}. */
record RefreshRequest(String refreshToken) {

    static RefreshRequest from(BodyFields body) {
        RefreshRequest request = new RefreshRequest(body.requiredString("refresh_token"));
        body.throwIfInvalid();
        return request;
    }

    RefreshTokenCommand toCommand() {
        return new RefreshTokenCommand(refreshToken);
    }

    @Override
    public String toString() {
        return "RefreshRequest[refreshToken=<redacted>]";
    }
}
