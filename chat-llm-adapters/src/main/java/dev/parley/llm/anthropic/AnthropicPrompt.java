package dev.parley.llm.anthropic;

import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.llm.anthropic.AnthropicWire.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation in the shape the Messages API accepts: system prompts lifted out of the messages
 * into one {@code system} text (Anthropic has no system role), and the remaining turns alternating
 * between user and assistant. Consecutive turns of one role are merged into one, their texts joined
 * with a blank line, as are several system prompts; the order of the texts is kept. Nothing is
 * invented: a conversation that starts with an assistant turn is passed on as it is.
 *
 * @param system the joined system prompts, or null when there are none
 */
record AnthropicPrompt(String system, List<Message> messages) {

    static final String SEPARATOR = "\n\n";

    AnthropicPrompt {
        messages = List.copyOf(messages);
    }

    static AnthropicPrompt of(List<PromptMessage> conversation) {
        List<String> system = new ArrayList<>();
        List<Message> turns = new ArrayList<>();
        for (PromptMessage message : conversation) {
            if (message.role() == Role.SYSTEM) {
                system.add(message.content());
                continue;
            }
            String role = message.role().wireName();
            Message previous = turns.isEmpty() ? null : turns.getLast();
            if (previous != null && previous.role().equals(role)) {
                turns.set(turns.size() - 1, new Message(role, previous.content() + SEPARATOR + message.content()));
            } else {
                turns.add(new Message(role, message.content()));
            }
        }
        return new AnthropicPrompt(system.isEmpty() ? null : String.join(SEPARATOR, system), turns);
    }
}
