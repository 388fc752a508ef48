package dev.parley.core.domain.conversation;

/** Value: a conversation's numeric identity, assigned by the conversation store. */
public record ConversationId(long value) {

    public ConversationId {
        if (value <= 0) {
            throw new IllegalArgumentException("conversation id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
