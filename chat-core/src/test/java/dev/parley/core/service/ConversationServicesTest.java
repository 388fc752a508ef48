package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.conversation.Titles;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.UnknownModelException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.ListConversationsCommand;
import dev.parley.core.port.in.RenameConversationCommand;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.SwitchModelCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.testing.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationServicesTest {

    private TestCore core;
    private UseCases api;
    private User alice;
    private User bob;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        api = core.useCases();
        alice = core.register("alice");
        bob = core.register("bob");
    }

    private Conversation start(User owner, String title) {
        return api.startConversation().start(new StartConversationCommand(owner.id(), title, null));
    }

    private void say(User user, Conversation conversation, String text) {
        api.sendMessage().send(new SendMessageCommand(user.id(), conversation.id(), null,
                List.of(new PromptMessage(Role.USER, text)), null, true), ReplyObserver.IGNORE, new CancellationSignal());
    }

    private Page<ConversationDetails> list(User user, int page, int size) {
        return api.listConversations().list(new ListConversationsCommand(user.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), page, size));
    }

    @Test
    void aNewConversationGetsTheDefaultTitleAndModelUnlessTold() {
        Conversation plain = start(alice, null);
        Conversation chosen = api.startConversation().start(
                new StartConversationCommand(alice.id(), "  Trip  ", TestCore.OTHER_MODEL));

        assertThat(plain.title()).isEqualTo(Titles.DEFAULT);
        assertThat(plain.model()).isEqualTo(TestCore.DEFAULT_MODEL);
        assertThat(chosen.title()).isEqualTo("Trip");
        assertThat(chosen.model()).isEqualTo(TestCore.OTHER_MODEL);
    }

    @Test
    void startingWithAnUnknownModelOrABadTitleIsRefused() {
        assertThatThrownBy(() -> api.startConversation().start(new StartConversationCommand(alice.id(), null, "nope")))
                .isInstanceOf(UnknownModelException.class);
        assertThatThrownBy(() -> start(alice, "x".repeat(Titles.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> start(alice, " ")).isInstanceOf(InvalidInputException.class);
        assertThat(list(alice, 1, 10).total()).isZero();
    }

    @Test
    void anotherUsersConversationDoesNotExistForAnyOperation() {
        Conversation secret = start(bob, "bob's");
        ConversationCommand asAlice = new ConversationCommand(alice.id(), secret.id());

        assertThatThrownBy(() -> api.getConversation().get(asAlice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> api.renameConversation().rename(
                new RenameConversationCommand(alice.id(), secret.id(), "mine now"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> api.switchModel().switchModel(
                new SwitchModelCommand(alice.id(), secret.id(), TestCore.OTHER_MODEL))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> api.deleteConversation().delete(asAlice)).isInstanceOf(NotFoundException.class);

        ConversationDetails untouched = api.getConversation().get(new ConversationCommand(bob.id(), secret.id()));
        assertThat(untouched.conversation()).isEqualTo(secret);
    }

    @Test
    void renamingChangesTheTitleAndTheUpdateTime() {
        Conversation c = start(alice, "old");
        core.clock().advance(Duration.ofMinutes(5));

        Conversation renamed = api.renameConversation().rename(new RenameConversationCommand(alice.id(), c.id(), "new"));

        assertThat(renamed.title()).isEqualTo("new");
        assertThat(renamed.updatedAt()).isEqualTo(c.updatedAt().plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> api.renameConversation().rename(new RenameConversationCommand(alice.id(), c.id(), "")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void switchingModelKeepsEveryMessageAndTheNextReplyComesFromTheNewModel() {
        Conversation c = start(alice, "chat");
        say(alice, c, "first");

        ConversationDetails switched = api.switchModel().switchModel(
                new SwitchModelCommand(alice.id(), c.id(), TestCore.OTHER_MODEL));
        say(alice, c, "second");

        assertThat(switched.conversation().model()).isEqualTo(TestCore.OTHER_MODEL);
        assertThat(switched.messages()).extracting(Message::content).containsExactly("first", "echo: first");
        assertThat(core.model().lastRequest().upstreamModel()).isEqualTo("upstream-" + TestCore.OTHER_MODEL);
        assertThat(core.model().lastRequest().messages()).hasSize(3);
        assertThatThrownBy(() -> api.switchModel().switchModel(new SwitchModelCommand(alice.id(), c.id(), "gpt-nope")))
                .isInstanceOf(UnknownModelException.class);
    }

    @Test
    void deletingRemovesTheConversationForGood() {
        Conversation c = start(alice, "doomed");
        say(alice, c, "hello");

        api.deleteConversation().delete(new ConversationCommand(alice.id(), c.id()));

        assertThatThrownBy(() -> api.getConversation().get(new ConversationCommand(alice.id(), c.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> api.deleteConversation().delete(new ConversationCommand(alice.id(), c.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void historyPagesThroughOwnConversationsNewestUpdateFirstWithTheirMessages() {
        Conversation older = start(alice, "older");
        core.clock().advance(Duration.ofMinutes(1));
        Conversation newer = start(alice, "newer");
        start(bob, "bob's");
        core.clock().advance(Duration.ofMinutes(1));
        say(alice, older, "bump");

        Page<ConversationDetails> first = list(alice, 1, 1);
        Page<ConversationDetails> second = list(alice, 2, 1);

        assertThat(first.total()).isEqualTo(2);
        assertThat(first.items()).extracting(d -> d.conversation().title()).containsExactly("older");
        assertThat(first.items().getFirst().messages()).extracting(Message::content).containsExactly("bump", "echo: bump");
        assertThat(second.items()).extracting(d -> d.conversation().id()).containsExactly(newer.id());
    }

    @Test
    void historyFiltersByModelAndCreationTime() {
        start(alice, "early");
        core.clock().advance(Duration.ofDays(2));
        api.startConversation().start(new StartConversationCommand(alice.id(), "late", TestCore.OTHER_MODEL));
        Instant oneDayIn = core.clock().instant().minus(Duration.ofDays(1));

        Page<ConversationDetails> byModel = api.listConversations().list(new ListConversationsCommand(alice.id(),
                Optional.empty(), Optional.empty(), Optional.of(TestCore.OTHER_MODEL), 1, 10));
        Page<ConversationDetails> byDate = api.listConversations().list(new ListConversationsCommand(alice.id(),
                Optional.empty(), Optional.of(oneDayIn), Optional.empty(), 1, 10));

        assertThat(byModel.items()).extracting(d -> d.conversation().title()).containsExactly("late");
        assertThat(byDate.items()).extracting(d -> d.conversation().title()).containsExactly("early");
    }

    @Test
    void outOfRangePagingAndInvertedDatesAreInvalid() {
        assertThatThrownBy(() -> list(alice, 0, 10)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("page"));
        assertThatThrownBy(() -> list(alice, 1, 101)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("page_size"));
        Instant now = core.clock().instant();
        assertThatThrownBy(() -> api.listConversations().list(new ListConversationsCommand(alice.id(),
                Optional.of(now), Optional.of(now.minusSeconds(1)), Optional.empty(), 1, 10)))
                .isInstanceOf(InvalidInputException.class);
    }
}
