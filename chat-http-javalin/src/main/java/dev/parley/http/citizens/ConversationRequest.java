package dev.parley.http.citizens;

/** Request: a conversation's title, for creating ({@code null}: the core's default) or retitling one. */
record ConversationRequest(String title) {

    /** A title that may be left out, as in a create or a partial update. */
    static ConversationRequest optional(RequestData data) {
        ConversationRequest request = new ConversationRequest(data.optional("title"));
        data.throwIfInvalid();
        return request;
    }

    /** A title that must be there, as in a full update ({@code PUT}). */
    static ConversationRequest required(RequestData data) {
        ConversationRequest request = new ConversationRequest(data.required("title"));
        data.throwIfInvalid();
        return request;
    }
}
