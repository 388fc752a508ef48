package dev.parley.http.citizens;

import dev.parley.core.port.in.Turn;

/** Response: {@code send_message}'s answer, the reply's text with both stored messages. */
record SendMessageResponse(String message, MessageResponse userMessage, MessageResponse aiMessage) {

    static SendMessageResponse of(Turn turn) {
        return new SendMessageResponse(turn.reply().content(), MessageResponse.of(turn.userMessages().getLast()),
                MessageResponse.of(turn.reply()));
    }
}
