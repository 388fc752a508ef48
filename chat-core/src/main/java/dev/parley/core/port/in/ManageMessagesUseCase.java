package dev.parley.core.port.in;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.user.UserId;
import java.util.List;

/**
 * Incoming port: messages written, read, edited and deleted directly, as records, without asking a model
 * (seed 001's message routes, seed 004's conversation entries). A message, conversation or file that is
 * not the caller's is {@link NotFoundException} ("Message", "Chat session", "File"); empty or over-long
 * content is {@link InvalidInputException} on {@code "content"}.
 */
public interface ManageMessagesUseCase {

    /** Appends the message at the end of its conversation, which counts as that conversation's latest change. */
    Message post(PostMessageCommand command);

    /** Every message of every one of one's conversations, oldest first. */
    List<Message> list(UserId user);

    Message get(MessageCommand command);

    Message edit(EditMessageCommand command);

    /** Deletes the message; the later messages of its conversation move up one. */
    void delete(MessageCommand command);
}
