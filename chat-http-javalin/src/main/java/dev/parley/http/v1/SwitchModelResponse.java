package dev.parley.http.v1;

import dev.parley.core.domain.conversation.ConversationDetails;
import java.util.List;

/** Response: a session after its model was switched, in 002's shape. */
record SwitchModelResponse(long sessionId, String model, List<ChatMessage> messages, String title) {

    static SwitchModelResponse of(ConversationDetails details) {
        return new SwitchModelResponse(details.conversation().id().value(), details.conversation().model(),
                details.messages().stream().map(ChatMessage::of).toList(), details.conversation().title());
    }
}
