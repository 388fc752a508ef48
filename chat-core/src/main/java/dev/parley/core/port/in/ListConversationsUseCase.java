package dev.parley.core.port.in;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.error.InvalidInputException;

/** Incoming port: one's chat history, newest update first, each conversation with its messages. */
public interface ListConversationsUseCase {

    /** @throws InvalidInputException for a page below 1, a page size outside 1..100, or an inverted date range */
    Page<ConversationDetails> list(ListConversationsCommand command);
}
