package dev.parley.http.v1;

import dev.parley.core.domain.user.CredentialScheme;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.http.support.BodyFields;

/** Request: an access token to check, {@code {"token": ...}} (SimpleJWT's verify). */
record VerifyRequest(String token) {

    static VerifyRequest from(BodyFields body) {
        VerifyRequest request = new VerifyRequest(body.requiredString("token"));
        body.throwIfInvalid();
        return request;
    }

    AuthenticateCommand toCommand() {
        return new AuthenticateCommand(CredentialScheme.BEARER, token);
    }

    @Override
    public String toString() {
        return "VerifyRequest[token=<redacted>]";
    }
}
