package dev.parley.http.v1;

import dev.parley.http.support.BodyFields;

/** Request: 002's {@code POST /v1/chat/switch-model} body. */
record SwitchModelRequest(long sessionId, String model) {

    static SwitchModelRequest from(BodyFields body) {
        Long sessionId = body.requiredLong("session_id");
        String model = body.requiredString("model");
        body.throwIfInvalid();
        return new SwitchModelRequest(sessionId, model);
    }
}
