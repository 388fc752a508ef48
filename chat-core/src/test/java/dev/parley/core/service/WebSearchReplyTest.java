package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.port.out.DrivenPorts;
import dev.parley.core.port.out.WebSearch;
import dev.parley.core.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers augmented with web search: sources found, shown first, given to the model, stored with the reply. */
class WebSearchReplyTest {

    private static final List<WebSource> FOUND = List.of(
            new WebSource("Java 21 released", "https://example.org/java21", "Java 21 is an LTS release."),
            new WebSource("Virtual threads", "https://example.org/vt", "Project Loom delivered virtual threads."));

    private TestCore core;
    private User alice;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
    }

    private SendMessageCommand ask(String text) {
        return new SendMessageCommand(alice.id(), null, null,
                List.of(new PromptMessage(Role.SYSTEM, "be brief"), new PromptMessage(Role.USER, text)), null, true, true);
    }

    @Test
    void theSourcesReachTheClientBeforeAnyTokenAndTheModelAsNumberedContextBeforeTheQuestion() {
        core.webSearch().answering(FOUND);
        core.model().replyWith("Yes", " [1]");
        List<String> events = new ArrayList<>();
        ReplyObserver observer = new ReplyObserver() {
            @Override
            public void sources(List<WebSource> sources) {
                events.add("sources:" + sources.size());
            }

            @Override
            public void token(String token) {
                events.add(token);
            }
        };

        Turn turn = core.useCases().sendMessage().send(ask("is java 21 an LTS?"), observer, new CancellationSignal());

        assertThat(events).containsExactly("sources:2", "Yes", " [1]");
        assertThat(core.webSearch().queries()).containsExactly("is java 21 an LTS?");
        List<PromptMessage> sent = core.model().lastRequest().messages();
        assertThat(sent).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.SYSTEM, Role.USER);
        assertThat(sent.get(1).content())
                .contains("[1] Java 21 released\nURL: https://example.org/java21\nJava 21 is an LTS release.")
                .contains("[2] Virtual threads\nURL: https://example.org/vt");
        assertThat(turn.reply().request().sources()).isEqualTo(FOUND);
    }

    @Test
    void theStoredConversationHoldsTheUsersWordsNotTheSources() {
        core.webSearch().answering(FOUND);

        Turn turn = core.useCases().sendMessage().send(ask("question"), token -> { }, new CancellationSignal());

        assertThat(turn.userMessages()).extracting(Message::content).containsExactly("be brief", "question");
        assertThat(turn.reply().content()).doesNotContain("example.org");
    }

    @Test
    void aFailedSearchFailsTheReplyAndKeepsTheQuestion() {
        ProviderException down = new ProviderException(Kind.UNAVAILABLE, "searxng", 502, "search is down");
        core.webSearch().failingWith(down);

        assertThatThrownBy(() -> core.useCases().sendMessage().send(ask("question"), token -> { },
                new CancellationSignal())).isSameAs(down);

        assertThat(core.model().requests()).isEmpty();
        List<Message> stored = core.ports().messages().listByConversation(
                new dev.parley.core.domain.conversation.ConversationId(1));
        assertThat(stored).extracting(Message::role, Message::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Role.SYSTEM, MessageStatus.COMPLETE),
                org.assertj.core.groups.Tuple.tuple(Role.USER, MessageStatus.COMPLETE),
                org.assertj.core.groups.Tuple.tuple(Role.ASSISTANT, MessageStatus.FAILED));
        assertThat(stored.getLast().request().error()).isEqualTo("search is down");
    }

    @Test
    void askingForWebSearchWhereNoneIsConfiguredIsRefusedBeforeAnythingIsStored() {
        DrivenPorts p = core.ports();
        var useCases = ChatCore.wire(new DrivenPorts(p.clock(), p.ids(), p.transactions(), p.users(), p.credentials(),
                p.conversations(), p.messages(), p.models(), p.passwords(), p.tokens(), p.usage(), p.tokenCounter(),
                WebSearch.NONE, p.prompts(), p.files(), p.blobs(), p.textExtractor()));

        assertThatThrownBy(() -> useCases.sendMessage().send(ask("question"), token -> { }, new CancellationSignal()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("web_search"));
        assertThat(p.messages().listByConversation(new dev.parley.core.domain.conversation.ConversationId(1))).isEmpty();
    }
}
