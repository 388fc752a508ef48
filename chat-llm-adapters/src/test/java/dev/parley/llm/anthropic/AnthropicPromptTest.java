package dev.parley.llm.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.llm.anthropic.AnthropicWire.ImageBlock;
import dev.parley.llm.anthropic.AnthropicWire.ImageSource;
import dev.parley.llm.anthropic.AnthropicWire.TextBlock;
import dev.parley.llm.anthropic.AnthropicWire.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicPromptTest {

    @Test
    void alternatingConversationPassesThroughUnchanged() {
        AnthropicPrompt prompt = AnthropicPrompt.of(List.of(
                new PromptMessage(Role.USER, "Hi"),
                new PromptMessage(Role.ASSISTANT, "Hello"),
                new PromptMessage(Role.USER, "Bye")));

        assertThat(prompt.system()).isNull();
        assertThat(prompt.messages()).containsExactly(
                new Message("user", "Hi"), new Message("assistant", "Hello"), new Message("user", "Bye"));
    }

    @Test
    void systemPromptBetweenTwoUserTurnsDoesNotKeepThemApart() {
        AnthropicPrompt prompt = AnthropicPrompt.of(List.of(
                new PromptMessage(Role.USER, "Question"),
                new PromptMessage(Role.SYSTEM, "Sources: [1] a page"),
                new PromptMessage(Role.USER, "Answer with sources")));

        assertThat(prompt.system()).isEqualTo("Sources: [1] a page");
        assertThat(prompt.messages()).containsExactly(new Message("user", "Question\n\nAnswer with sources"));
    }

    @Test
    void conversationStartingWithTheAssistantIsPassedOnAsItIs() {
        AnthropicPrompt prompt = AnthropicPrompt.of(List.of(
                new PromptMessage(Role.ASSISTANT, "How can I help?"),
                new PromptMessage(Role.USER, "A poem")));

        assertThat(prompt.messages()).extracting(Message::role).containsExactly("assistant", "user");
    }

    @Test
    void emptyTextsSurviveMergingWithoutBeingDropped() {
        AnthropicPrompt prompt = AnthropicPrompt.of(List.of(
                new PromptMessage(Role.SYSTEM, ""),
                new PromptMessage(Role.USER, "a"),
                new PromptMessage(Role.USER, "")));

        assertThat(prompt.system()).isEmpty();
        assertThat(prompt.messages()).containsExactly(new Message("user", "a\n\n"));
    }

    @Test
    void mergedTurnsWithImagesBecomeBlocksKeepingEachMessagesImagesBeforeItsText() {
        AnthropicPrompt prompt = AnthropicPrompt.of(List.of(
                new PromptMessage(Role.USER, "First"),
                new PromptMessage(Role.USER, "Second", List.of(new ImageInput("https://example.com/a.png"))),
                new PromptMessage(Role.ASSISTANT, "Seen")));

        assertThat(prompt.messages()).containsExactly(
                new Message("user", List.of(
                        new TextBlock("First"),
                        new ImageBlock(ImageSource.url("https://example.com/a.png")),
                        new TextBlock("Second"))),
                new Message("assistant", "Seen"));
    }
}
