package dev.parley.http.v1;

import dev.parley.http.support.BodyFields;

/** Request: a username and password, for logging in. */
record CredentialsRequest(String username, String password) {

    static CredentialsRequest from(BodyFields body) {
        CredentialsRequest request = new CredentialsRequest(body.requiredString("username"), body.requiredString("password"));
        body.throwIfInvalid();
        return request;
    }

    @Override
    public String toString() {
        return "CredentialsRequest[username=" + username + ", password=<redacted>]";
    }
}
