package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.PostMessageCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.testing.TestCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lists without pages some dialects answer: every conversation, however many pages the store needs. */
class ListAllConversationsTest {

    private TestCore core;
    private User alice;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
    }

    private List<Conversation> start(int count) {
        List<Conversation> started = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            core.clock().advance(Duration.ofSeconds(1));
            started.add(core.useCases().startConversation().start(new StartConversationCommand(alice.id(), "chat " + i, null)));
        }
        return started;
    }

    @Test
    void everyConversationIsListedNewestFirstAcrossMoreThanTwoStorePages() {
        List<Conversation> started = start(201);
        User bob = core.register("bob");
        core.useCases().startConversation().start(new StartConversationCommand(bob.id(), "bob's", null));

        List<Conversation> all = core.useCases().listConversations().all(alice.id());

        assertThat(all).hasSize(201);
        assertThat(all).extracting(Conversation::title).first().isEqualTo("chat 201");
        assertThat(all).extracting(Conversation::title).last().isEqualTo("chat 1");
        assertThat(all).containsExactlyInAnyOrderElementsOf(started);
    }

    @Test
    void exactlyOneFullPageIsListedWhole() {
        start(100);

        assertThat(core.useCases().listConversations().all(alice.id())).hasSize(100);
    }

    @Test
    void withMessagesEachConversationCarriesItsOwnInOrder() {
        List<Conversation> started = start(2);
        core.useCases().messages().post(new PostMessageCommand(alice.id(), started.get(0).id(), Role.USER, "first", null));
        core.useCases().messages().post(new PostMessageCommand(alice.id(), started.get(0).id(), Role.ASSISTANT, "second",
                null));

        List<ConversationDetails> all = core.useCases().listConversations().allWithMessages(alice.id());

        assertThat(all).hasSize(2);
        ConversationDetails withMessages = all.stream()
                .filter(d -> d.conversation().id().equals(started.get(0).id())).findFirst().orElseThrow();
        assertThat(withMessages.messages()).extracting(Message::content).containsExactly("first", "second");
        assertThat(all.stream().filter(d -> d.conversation().id().equals(started.get(1).id())).findFirst()
                .orElseThrow().messages()).isEmpty();
    }
}
