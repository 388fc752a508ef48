package dev.parley.llm.anthropic;

import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.llm.anthropic.AnthropicWire.ImageBlock;
import dev.parley.llm.anthropic.AnthropicWire.ImageSource;
import dev.parley.llm.anthropic.AnthropicWire.Message;
import dev.parley.llm.anthropic.AnthropicWire.RequestBlock;
import dev.parley.llm.anthropic.AnthropicWire.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation in the shape the Messages API accepts: system prompts lifted out of the messages
 * into one {@code system} text (Anthropic has no system role), and the remaining turns alternating
 * between user and assistant. Consecutive turns of one role are merged into one, their texts joined
 * with a blank line, as are several system prompts; the order of the texts is kept. A turn that shows
 * images is sent as content blocks instead: for each merged message, its images (inline bytes as
 * {@code base64}, http(s) URLs as {@code url} sources) and then its text, unless empty (Anthropic
 * refuses empty text blocks). Images on a system message are not sent: the {@code system} field holds
 * text only. Nothing is invented: a conversation that starts with an assistant turn is passed on as it is.
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
        List<List<PromptMessage>> turns = new ArrayList<>();
        for (PromptMessage message : conversation) {
            if (message.role() == Role.SYSTEM) {
                system.add(message.content());
            } else if (!turns.isEmpty() && turns.getLast().getFirst().role() == message.role()) {
                turns.getLast().add(message);
            } else {
                turns.add(new ArrayList<>(List.of(message)));
            }
        }
        return new AnthropicPrompt(system.isEmpty() ? null : String.join(SEPARATOR, system),
                turns.stream().map(AnthropicPrompt::message).toList());
    }

    private static Message message(List<PromptMessage> turn) {
        String role = turn.getFirst().role().wireName();
        if (turn.stream().noneMatch(PromptMessage::hasImages)) {
            return new Message(role, String.join(SEPARATOR, turn.stream().map(PromptMessage::content).toList()));
        }
        List<RequestBlock> blocks = new ArrayList<>();
        for (PromptMessage message : turn) {
            message.images().forEach(image -> blocks.add(new ImageBlock(source(image))));
            if (!message.content().isEmpty()) {
                blocks.add(new TextBlock(message.content()));
            }
        }
        return new Message(role, blocks);
    }

    private static ImageSource source(ImageInput image) {
        return image.isInline() ? ImageSource.base64(image.mediaType(), image.base64Data())
                : ImageSource.url(image.url());
    }
}
