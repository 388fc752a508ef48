package dev.parley.http.v1;

import dev.parley.http.support.BodyFields;

/** Request: open an empty session; a missing title or model means "choose for me". */
record NewSessionRequest(String title, String model) {

    static NewSessionRequest from(BodyFields body) {
        NewSessionRequest request = new NewSessionRequest(body.optionalString("title"), body.optionalString("model"));
        body.throwIfInvalid();
        return request;
    }
}
