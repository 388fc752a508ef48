package dev.parley.http.v1;

import dev.parley.http.support.BodyFields;

/** Request: retitle a session. */
record RenameSessionRequest(String title) {

    static RenameSessionRequest from(BodyFields body) {
        RenameSessionRequest request = new RenameSessionRequest(body.requiredString("title"));
        body.throwIfInvalid();
        return request;
    }
}
