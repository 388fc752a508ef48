package dev.parley.core.port.in;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.user.UserId;
import java.util.List;

/** Incoming port: one's chat history, newest update first, each conversation with its messages. */
public interface ListConversationsUseCase {

    /** @throws InvalidInputException for a page below 1, a page size outside 1..100, or an inverted date range */
    Page<ConversationDetails> list(ListConversationsCommand command);

    /**
     * Every one of one's conversations, newest update first, without their messages: for the dialects whose
     * lists have no pages. Read from the store a page at a time.
     */
    List<Conversation> all(UserId user);

    /** As {@link #all}, each conversation with its messages. */
    List<ConversationDetails> allWithMessages(UserId user);
}
