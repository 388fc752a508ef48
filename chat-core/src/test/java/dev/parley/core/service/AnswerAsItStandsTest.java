package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.PostMessageCommand;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.testing.TestCore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A conversation whose messages were written directly is answered as it stands, optionally with the web. */
class AnswerAsItStandsTest {

    private static final ReplyObserver QUIET = token -> { };

    private TestCore core;
    private User alice;
    private Conversation chat;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
        chat = core.useCases().startConversation().start(new StartConversationCommand(alice.id(), "chat", null));
    }

    private void write(Role role, String content) {
        core.useCases().messages().post(new PostMessageCommand(alice.id(), chat.id(), role, content, null));
    }

    private SendMessageCommand asItStands(boolean webSearch, boolean readTopResult) {
        return new SendMessageCommand(alice.id(), chat.id(), null, List.of(), null, true, webSearch, null, readTopResult);
    }

    @Test
    void theModelSeesTheWholeConversationAndItsAnswerIsStoredAfterItWithNothingAdded() {
        write(Role.USER, "What is 2+2?");
        write(Role.ASSISTANT, "4");
        write(Role.USER, "And times 3?");
        core.model().replyWith("12");

        Turn turn = core.useCases().sendMessage().send(asItStands(false, false), QUIET, new CancellationSignal());

        assertThat(core.model().lastRequest().messages()).extracting(PromptMessage::content)
                .containsExactly("What is 2+2?", "4", "And times 3?");
        assertThat(turn.userMessages()).isEmpty();
        assertThat(turn.reply().content()).isEqualTo("12");
        assertThat(core.useCases().getConversation().getByUuid(alice.id(), chat.uuid()).messages())
                .extracting(Message::content).containsExactly("What is 2+2?", "4", "And times 3?", "12");
    }

    @Test
    void anEmptyConversationHasNothingToAnswer() {
        assertThatThrownBy(() -> core.useCases().sendMessage().send(asItStands(false, false), QUIET,
                new CancellationSignal()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no message to answer");
        assertThat(core.model().requests()).isEmpty();
    }

    @Test
    void readingTheTopResultGivesTheModelThePagesTextInPlaceOfItsSnippet() {
        write(Role.USER, "latest java release");
        core.webSearch().answering(List.of(new WebSource("Java", "https://example.org/java", "short snippet"),
                new WebSource("Other", "https://example.org/other", "other snippet")));
        core.webPages().page("https://example.org/java", "Java", "The full page says Java 25 is out.");
        core.model().replyWith("Java 25");

        Turn turn = core.useCases().sendMessage().send(asItStands(true, true), QUIET, new CancellationSignal());

        assertThat(core.webSearch().queries()).containsExactly("latest java release");
        assertThat(core.webPages().asked()).containsExactly("https://example.org/java");
        String context = core.model().lastRequest().messages().getFirst().content();
        assertThat(context).contains("The full page says Java 25 is out.").doesNotContain("short snippet")
                .contains("other snippet");
        assertThat(turn.reply().request().sources().getFirst().snippet()).isEqualTo("The full page says Java 25 is out.");
    }

    @Test
    void aTopPageThatCannotBeReadLeavesItsSnippetAndTheReplyStillComes() {
        write(Role.USER, "question");
        core.webSearch().answering(List.of(new WebSource("Gone", "https://example.org/gone", "the snippet")));
        core.model().replyWith("answer");

        Turn turn = core.useCases().sendMessage().send(asItStands(true, true), QUIET, new CancellationSignal());

        assertThat(core.webPages().asked()).containsExactly("https://example.org/gone");
        assertThat(core.model().lastRequest().messages().getFirst().content()).contains("the snippet");
        assertThat(turn.reply().content()).isEqualTo("answer");
    }

    @Test
    void withoutReadingTheTopResultNoPageIsFetched() {
        write(Role.USER, "question");
        core.webSearch().answering(List.of(new WebSource("Java", "https://example.org/java", "snippet")));
        core.webPages().page("https://example.org/java", "Java", "page text");
        core.model().replyWith("answer");

        core.useCases().sendMessage().send(asItStands(true, false), QUIET, new CancellationSignal());

        assertThat(core.webPages().asked()).isEmpty();
    }
}
