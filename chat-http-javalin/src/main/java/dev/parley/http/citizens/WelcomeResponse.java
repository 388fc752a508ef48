package dev.parley.http.citizens;

/** Response: {@code GET /chat/}, a greeting and the API's endpoints, as the original's index view answered. */
record WelcomeResponse(String message, Endpoints endpoints) {

    /** The paths of the API, under their names. */
    record Endpoints(String login, String conversations, String conversation, String sendMessage) {
    }

    static final WelcomeResponse INSTANCE = new WelcomeResponse("Welcome to the Citizens LLM Chat API",
            new Endpoints("/chat/login/", "/chat/conversations/", "/chat/conversations/{conversation_id}/",
                    "/chat/conversations/{conversation_id}/send_message/"));
}
