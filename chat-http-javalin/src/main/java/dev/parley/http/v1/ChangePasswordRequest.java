package dev.parley.http.v1;

import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.ChangePasswordCommand;
import dev.parley.http.support.BodyFields;

/** Request: a new password, proven by the current one, {@code {current_password, new_password}}. */
record ChangePasswordRequest(String currentPassword, String newPassword) {

    static ChangePasswordRequest from(BodyFields body) {
        ChangePasswordRequest request = new ChangePasswordRequest(
                body.requiredString("current_password"), body.requiredString("new_password"));
        body.throwIfInvalid();
        return request;
    }

    ChangePasswordCommand toCommand(UserId user) {
        return new ChangePasswordCommand(user, currentPassword, newPassword);
    }

    @Override
    public String toString() {
        return "ChangePasswordRequest[currentPassword=<redacted>, newPassword=<redacted>]";
    }
}
