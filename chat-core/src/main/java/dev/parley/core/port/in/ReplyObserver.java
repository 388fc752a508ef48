package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.search.WebSource;
import java.util.List;

/**
 * Incoming callback: watches a reply being produced, on the thread that called
 * {@link SendMessageUseCase#send}. Throwing from either method (say, because the client went away)
 * cancels the reply; what had arrived is kept as a partial reply.
 */
public interface ReplyObserver {

    /** Does nothing; for callers that only want the finished turn. */
    ReplyObserver IGNORE = token -> { };

    /** The user's turns are committed and the model is about to be called. */
    default void accepted(Conversation conversation, List<Message> userMessages) {
    }

    /**
     * The web search results given to the model, numbered from 1 in this order; called once, before
     * any token, and only when the command asked for a web search.
     */
    default void sources(List<WebSource> sources) {
    }

    /**
     * The conversation's files given to the model with this reply (a file whose text was cut to fit
     * says so); called once, before any token, and only when the conversation has files.
     */
    default void files(List<dev.parley.core.domain.file.FileUse> files) {
    }

    /** A piece of the reply, in order; called only when the reply is streamed. */
    void token(String token);
}
