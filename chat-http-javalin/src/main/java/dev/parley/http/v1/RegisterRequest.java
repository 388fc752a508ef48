package dev.parley.http.v1;

import dev.parley.core.port.in.RegisterUserCommand;
import dev.parley.http.support.BodyFields;

/**
 * Request: sign-up, {@code {username, password, email?}}. Nothing else is read from the body, so a
 * client can never choose its role, activity, id or timestamps.
 */
record RegisterRequest(String username, String email, String password) {

    static RegisterRequest from(BodyFields body) {
        RegisterRequest request = new RegisterRequest(
                body.requiredString("username"), body.optionalString("email"), body.requiredString("password"));
        body.throwIfInvalid();
        return request;
    }

    RegisterUserCommand toCommand() {
        return new RegisterUserCommand(username, email, password);
    }

    @Override
    public String toString() {
        return "RegisterRequest[username=" + username + ", email=" + email + ", password=<redacted>]";
    }
}
