package dev.parley.core.port.in;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/**
 * Command: add turns to a conversation and get the model's reply.
 *
 * @param conversation the conversation to continue, or null to start a new one
 * @param model the model to answer with (it becomes the conversation's model), or null for the
 *     conversation's current model (a new conversation's: the catalog default)
 * @param turns the new messages, oldest first; the last must be the user's
 * @param stream whether to ask the provider for a token stream or for one whole reply
 * @param webSearch whether to search the web for the newest user turn and give the model the
 *     results as numbered sources
 * @param prompt a library prompt whose rendering becomes one more user turn after {@code turns}
 *     (which may then be empty), counted as a use of the prompt; or null
 */
public record SendMessageCommand(
        UserId user,
        ConversationId conversation,
        String model,
        List<PromptMessage> turns,
        GenerationOptions options,
        boolean stream,
        boolean webSearch,
        PromptUse prompt) {

    public SendMessageCommand {
        Objects.requireNonNull(user, "user");
        turns = turns == null ? List.of() : List.copyOf(turns);
        options = options == null ? GenerationOptions.DEFAULTS : options;
    }

    /** A command without web search. */
    public SendMessageCommand(UserId user, ConversationId conversation, String model, List<PromptMessage> turns,
            GenerationOptions options, boolean stream) {
        this(user, conversation, model, turns, options, stream, false, null);
    }

    /** A command without a library prompt. */
    public SendMessageCommand(UserId user, ConversationId conversation, String model, List<PromptMessage> turns,
            GenerationOptions options, boolean stream, boolean webSearch) {
        this(user, conversation, model, turns, options, stream, webSearch, null);
    }
}
