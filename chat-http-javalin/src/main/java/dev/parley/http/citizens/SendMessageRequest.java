package dev.parley.http.citizens;

/** Request: {@code send_message}'s text, {@code {"message": ...}}. */
record SendMessageRequest(String message) {

    static SendMessageRequest from(RequestData data) {
        SendMessageRequest request = new SendMessageRequest(data.required("message"));
        data.throwIfInvalid();
        return request;
    }
}
