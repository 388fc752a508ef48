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
 * @param turns the new messages, oldest first; the last must be the user's. Empty, without a {@code prompt},
 *     for an existing {@code conversation}: answer that conversation as it stands (it must hold a message)
 * @param stream whether to ask the provider for a token stream or for one whole reply
 * @param webSearch whether to search the web for the newest user turn and give the model the
 *     results as numbered sources
 * @param prompt a library prompt whose rendering becomes one more user turn after {@code turns}
 *     (which may then be empty), counted as a use of the prompt; or null
 * @param readTopResult with {@code webSearch}: also read the top result's page, when pages can be read, and
 *     give the model its text in place of that result's snippet
 */
public record SendMessageCommand(
        UserId user,
        ConversationId conversation,
        String model,
        List<PromptMessage> turns,
        GenerationOptions options,
        boolean stream,
        boolean webSearch,
        PromptUse prompt,
        boolean readTopResult) {

    public SendMessageCommand {
        Objects.requireNonNull(user, "user");
        turns = turns == null ? List.of() : List.copyOf(turns);
        options = options == null ? GenerationOptions.DEFAULTS : options;
    }

    /** A command that does not read the top search result's page. */
    public SendMessageCommand(UserId user, ConversationId conversation, String model, List<PromptMessage> turns,
            GenerationOptions options, boolean stream, boolean webSearch, PromptUse prompt) {
        this(user, conversation, model, turns, options, stream, webSearch, prompt, false);
    }

    /** A command without web search. */
    public SendMessageCommand(UserId user, ConversationId conversation, String model, List<PromptMessage> turns,
            GenerationOptions options, boolean stream) {
        this(user, conversation, model, turns, options, stream, false, null, false);
    }

    /** A command without a library prompt. */
    public SendMessageCommand(UserId user, ConversationId conversation, String model, List<PromptMessage> turns,
            GenerationOptions options, boolean stream, boolean webSearch) {
        this(user, conversation, model, turns, options, stream, webSearch, null, false);
    }
}
