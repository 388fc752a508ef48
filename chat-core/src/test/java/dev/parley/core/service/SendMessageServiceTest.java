package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.UnknownModelException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.ListConversationsCommand;
import dev.parley.core.port.in.RenameConversationCommand;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.testing.TestCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendMessageServiceTest {

    private TestCore core;
    private User alice;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
    }

    private SendMessageCommand say(ConversationId conversation, String model, String text) {
        return new SendMessageCommand(alice.id(), conversation, model,
                List.of(new PromptMessage(Role.USER, text)), new GenerationOptions(0.3, 50), true);
    }

    private Turn send(SendMessageCommand command, List<String> tokens) {
        return core.useCases().sendMessage().send(command, tokens::add, new CancellationSignal());
    }

    private List<Message> storedMessages(ConversationId id) {
        return core.useCases().getConversation().get(new ConversationCommand(alice.id(), id)).messages();
    }

    @Test
    void aFirstMessageStartsAConversationTitledAfterItAndStoresTheStreamedReply() {
        core.model().replyWith(List.of("Once", " upon", " a time"), new TokenUsage(9, 3));
        List<String> tokens = new ArrayList<>();

        Turn turn = send(say(null, null, "Tell me a story"), tokens);

        assertThat(tokens).containsExactly("Once", " upon", " a time");
        assertThat(turn.conversation().title()).isEqualTo("Tell me a story");
        assertThat(turn.conversation().model()).isEqualTo(TestCore.DEFAULT_MODEL);
        assertThat(turn.reply().content()).isEqualTo("Once upon a time");
        assertThat(storedMessages(turn.conversation().id()))
                .extracting(Message::sequence, Message::role, Message::content, Message::status, Message::model)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Role.USER, "Tell me a story", MessageStatus.COMPLETE, null),
                        org.assertj.core.groups.Tuple.tuple(2, Role.ASSISTANT, "Once upon a time",
                                MessageStatus.COMPLETE, TestCore.DEFAULT_MODEL));
        assertThat(turn.reply().usage()).isEqualTo(new TokenUsage(9, 3));
    }

    @Test
    void theUsersMessageIsCommittedAndNoTransactionIsOpenWhileTheModelStreams() {
        List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
        List<Integer> visibleFromAnotherThread = new CopyOnWriteArrayList<>();
        core.model().replyWith("a", "b", "c").beforeEachPiece(() -> {
            inTransaction.add(core.database().inTransaction());
            // Read from another thread: it would block if this thread still held a transaction.
            visibleFromAnotherThread.add(CompletableFuture.supplyAsync(() -> core.useCases().listConversations()
                    .list(new ListConversationsCommand(alice.id(), Optional.empty(), Optional.empty(),
                            Optional.empty(), 1, 10))).orTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                    .join().items().getFirst().messages().size());
        });

        send(say(null, null, "hello"), new ArrayList<>());

        assertThat(inTransaction).containsExactly(false, false, false);
        assertThat(visibleFromAnotherThread).containsOnly(1);
    }

    @Test
    void nothingTouchesTheStorePerToken() {
        ConversationId id = send(say(null, null, "start"), new ArrayList<>()).conversation().id();

        core.model().replyWith("short");
        long before = core.database().operationCount();
        send(say(id, null, "one"), new ArrayList<>());
        long shortReply = core.database().operationCount() - before;

        core.model().replyWith(IntStream.range(0, 500).mapToObj(i -> " t" + i).toArray(String[]::new));
        before = core.database().operationCount();
        send(say(id, null, "two"), new ArrayList<>());
        long longReply = core.database().operationCount() - before;

        assertThat(longReply).isEqualTo(shortReply);
    }

    @Test
    void theModelReceivesTheWholeHistoryUnderItsUpstreamIdWithTheOptions() {
        Turn first = send(say(null, null, "first question"), new ArrayList<>());

        send(say(first.conversation().id(), null, "second question"), new ArrayList<>());

        var request = core.model().lastRequest();
        assertThat(request.upstreamModel()).isEqualTo("upstream-" + TestCore.DEFAULT_MODEL);
        assertThat(request.options()).isEqualTo(new GenerationOptions(0.3, 50));
        assertThat(request.messages()).extracting(PromptMessage::role, PromptMessage::content).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Role.USER, "first question"),
                org.assertj.core.groups.Tuple.tuple(Role.ASSISTANT, "echo: first question"),
                org.assertj.core.groups.Tuple.tuple(Role.USER, "second question"));
    }

    @Test
    void namingAnotherModelAnswersWithItAndSwitchesTheConversation() {
        Turn first = send(say(null, null, "hi"), new ArrayList<>());

        Turn second = send(say(first.conversation().id(), TestCore.OTHER_MODEL, "and now?"), new ArrayList<>());

        assertThat(core.model().lastRequest().upstreamModel()).isEqualTo("upstream-" + TestCore.OTHER_MODEL);
        assertThat(second.reply().model()).isEqualTo(TestCore.OTHER_MODEL);
        assertThat(second.conversation().model()).isEqualTo(TestCore.OTHER_MODEL);
        assertThat(core.model().lastRequest().messages()).hasSize(3);
    }

    @Test
    void anUnknownModelIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> send(say(null, "gpt-nope", "hello"), new ArrayList<>()))
                .isInstanceOfSatisfying(UnknownModelException.class, e -> assertThat(e.model()).isEqualTo("gpt-nope"));

        assertThat(history()).isEmpty();
        assertThat(core.model().requests()).isEmpty();
    }

    @Test
    void emptyOrMisplacedMessagesAreInvalidAndStoreNothing() {
        List<List<PromptMessage>> invalid = List.of(
                List.of(),
                List.of(new PromptMessage(Role.USER, "   ")),
                List.of(new PromptMessage(Role.USER, "hi"), new PromptMessage(Role.ASSISTANT, "I answer myself")),
                Collections.nCopies(101, new PromptMessage(Role.USER, "spam")));

        for (List<PromptMessage> turns : invalid) {
            assertThatThrownBy(() -> core.useCases().sendMessage().send(new SendMessageCommand(alice.id(), null, null,
                    turns, null, true), ReplyObserver.IGNORE, new CancellationSignal()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("messages"));
        }
        assertThat(history()).isEmpty();
    }

    @Test
    void anotherUsersConversationIsNotFoundAndReceivesNothing() {
        Turn bobs = core.useCases().sendMessage().send(new SendMessageCommand(core.register("bob").id(), null, null,
                List.of(new PromptMessage(Role.USER, "bob's secret")), null, true),
                ReplyObserver.IGNORE, new CancellationSignal());

        assertThatThrownBy(() -> send(say(bobs.conversation().id(), null, "intrusion"), new ArrayList<>()))
                .isInstanceOf(NotFoundException.class);
        assertThat(core.model().requests()).hasSize(1);
    }

    @Test
    void aProviderFailureMidStreamKeepsTheUsersMessageAndStoresWhatArrivedAsPartial() {
        ProviderException down = new ProviderException(ProviderException.Kind.UNAVAILABLE, "scripted", 503, "down");
        core.model().failAfter(down, "Half", " an answer");

        assertThatThrownBy(() -> send(say(null, null, "question"), new ArrayList<>())).isSameAs(down);

        ConversationDetails stored = history().getFirst();
        assertThat(stored.messages()).extracting(Message::role, Message::content, Message::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Role.USER, "question", MessageStatus.COMPLETE),
                org.assertj.core.groups.Tuple.tuple(Role.ASSISTANT, "Half an answer", MessageStatus.PARTIAL));
        assertThat(stored.messages().getLast().request().error()).isEqualTo("down");
    }

    @Test
    void aReplyThatFailedBeforeItsFirstTokenIsStoredAsFailedAndLeftOutOfLaterPrompts() {
        core.model().failAfter(new ProviderException(ProviderException.Kind.REJECTED, "scripted", 400, "refused"));
        ConversationId id;
        try {
            send(say(null, null, "first"), new ArrayList<>());
        } catch (ProviderException expected) {
            // The failed reply is stored; the next request must leave it out.
        }
        id = history().getFirst().conversation().id();

        send(say(id, null, "again"), new ArrayList<>());

        assertThat(core.model().lastRequest().messages()).extracting(PromptMessage::content)
                .containsExactly("first", "again");
        Message failed = history().getFirst().messages().get(1);
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.request().error()).isEqualTo("refused");
    }

    @Test
    void aClientThatGoesAwayCancelsTheReplyAndWhatArrivedIsKeptAsPartial() {
        core.model().replyWith("one", " two", " three", " four");
        CancellationSignal signal = new CancellationSignal();
        List<String> written = new ArrayList<>();
        ReplyObserver leavesAfterTwo = token -> {
            if (written.size() == 2) {
                throw new IllegalStateException("broken pipe");
            }
            written.add(token);
        };

        assertThatThrownBy(() -> core.useCases().sendMessage().send(say(null, null, "count"), leavesAfterTwo, signal))
                .isInstanceOf(CancelledException.class);

        assertThat(signal.isCancelled()).isTrue();
        Message reply = history().getFirst().messages().getLast();
        assertThat(reply.status()).isEqualTo(MessageStatus.PARTIAL);
        assertThat(reply.content()).isEqualTo("one two three");
    }

    @Test
    void cancellingFromAnotherThreadStopsAStalledReplyAndKeepsItAsPartial() {
        core.model().stallAfter("Thinking");
        CancellationSignal signal = new CancellationSignal();
        List<String> tokens = new CopyOnWriteArrayList<>();
        CompletableFuture<Turn> call = CompletableFuture.supplyAsync(
                () -> core.useCases().sendMessage().send(say(null, null, "deep question"), tokens::add, signal));

        await().atMost(Duration.ofSeconds(10)).until(() -> tokens.contains("Thinking"));
        signal.cancel();

        await().atMost(Duration.ofSeconds(10)).until(call::isDone);
        assertThat(call).isCompletedExceptionally();
        assertThat(history().getFirst().messages().getLast())
                .extracting(Message::content, Message::status).containsExactly("Thinking", MessageStatus.PARTIAL);
    }

    @Test
    void withoutStreamingTheWholeReplyIsStoredAndNoTokensAreObserved() {
        core.model().replyWith("all", " at", " once");
        List<String> tokens = new ArrayList<>();
        SendMessageCommand whole = new SendMessageCommand(alice.id(), null, null,
                List.of(new PromptMessage(Role.USER, "hi")), null, false);

        Turn turn = core.useCases().sendMessage().send(whole, tokens::add, new CancellationSignal());

        assertThat(tokens).isEmpty();
        assertThat(turn.reply().content()).isEqualTo("all at once");
        assertThat(turn.reply().status()).isEqualTo(MessageStatus.COMPLETE);
    }

    @Test
    void aRenameWhileTheReplyStreamsIsNotUndoneWhenTheReplyIsSaved() {
        Turn first = send(say(null, null, "hi"), new ArrayList<>());
        ConversationId id = first.conversation().id();
        core.model().replyWith("x").beforeEachPiece(() -> core.useCases().renameConversation()
                .rename(new RenameConversationCommand(alice.id(), id, "Renamed meanwhile")));

        Turn second = send(say(id, null, "again"), new ArrayList<>());

        assertThat(second.conversation().title()).isEqualTo("Renamed meanwhile");
        assertThat(history().getFirst().conversation().title()).isEqualTo("Renamed meanwhile");
    }

    private List<ConversationDetails> history() {
        Page<ConversationDetails> page = core.useCases().listConversations().list(new ListConversationsCommand(
                alice.id(), Optional.empty(), Optional.empty(), Optional.empty(), 1, 100));
        return page.items();
    }
}
