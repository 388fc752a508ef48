package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.T0;
import static dev.parley.core.testing.Fixtures.assistantMessage;
import static dev.parley.core.testing.Fixtures.storedConversation;
import static dev.parley.core.testing.Fixtures.storedUser;
import static dev.parley.core.testing.Fixtures.userMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileKind;
import dev.parley.core.domain.file.FileUse;
import dev.parley.core.domain.file.NewFile;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.parley.core.port.out.MessageRepository}; every implementation's test extends it. */
public abstract class MessageRepositoryContract extends PersistenceContract {

    private Conversation chat;
    private Conversation other;

    @BeforeEach
    void storeFixtures() {
        User alice = storedUser(store, "alice");
        chat = storedConversation(store, alice, "chat");
        other = storedConversation(store, alice, "other");
    }

    @Test
    void appendedMessagesAreNumberedFromOneAndReadBackWithEveryField() {
        TokenUsage usage = new TokenUsage(12, 34);
        List<Message> stored = store.messages().append(chat.id(), List.of(
                userMessage("hello"),
                assistantMessage("hi there", "test-model", usage, MessageStatus.COMPLETE)));

        assertThat(stored).extracting(Message::sequence).containsExactly(1, 2);
        Message reply = stored.get(1);
        assertThat(reply.role()).isEqualTo(Role.ASSISTANT);
        assertThat(reply.content()).isEqualTo("hi there");
        assertThat(reply.model()).isEqualTo("test-model");
        assertThat(reply.usage()).isEqualTo(usage);
        assertThat(reply.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(reply.createdAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(stored.get(0).model()).isNull();
        assertThat(stored.get(0).usage()).isNull();
        assertThat(store.messages().listByConversation(chat.id())).isEqualTo(stored);
    }

    @Test
    void numberingContinuesAcrossAppendsAndIsSeparatePerConversation() {
        store.messages().append(chat.id(), List.of(userMessage("one"), userMessage("two")));
        store.messages().append(other.id(), List.of(userMessage("elsewhere")));
        store.messages().append(chat.id(), List.of(userMessage("three")));

        assertThat(store.messages().listByConversation(chat.id()))
                .extracting(Message::sequence, Message::content)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "one"),
                        org.assertj.core.groups.Tuple.tuple(2, "two"),
                        org.assertj.core.groups.Tuple.tuple(3, "three"));
        assertThat(store.messages().listByConversation(other.id())).extracting(Message::sequence).containsExactly(1);
    }

    @Test
    void partialAndFailedRepliesKeepTheirStatusAndText() {
        store.messages().append(chat.id(), List.of(
                assistantMessage("half a sent", "test-model", null, MessageStatus.PARTIAL),
                assistantMessage("", "test-model", null, MessageStatus.FAILED)));

        assertThat(store.messages().listByConversation(chat.id()))
                .extracting(Message::status, Message::content)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MessageStatus.PARTIAL, "half a sent"),
                        org.assertj.core.groups.Tuple.tuple(MessageStatus.FAILED, ""));
    }

    @Test
    void longUnicodeContentRoundTripsExactly() {
        String content = "naïve ☕ 𝄞 emoji 🙂 line\r\nnext\ttab\u0000end ".repeat(3_000);

        store.messages().append(chat.id(), List.of(userMessage(content)));

        assertThat(store.messages().listByConversation(chat.id()).getFirst().content()).isEqualTo(content);
    }

    @Test
    void imagesAndEveryFieldOfTheRequestMetadataRoundTrip() {
        List<ImageInput> images = List.of(new ImageInput("https://example.org/cat.png?size=large&v=2"),
                new ImageInput("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg=="));
        RequestMetadata request = new RequestMetadata("openai", "gpt-4o-2024-08-06", "test-model",
                new GenerationOptions(0.7, 256, 0.95, List.of("\n\nUser:", "END"), 9_007_199_254_740_993L),
                128_000, 1234, 7, List.of(1, 2, 5), true,
                List.of(new WebSource("Naïve ☕ 𝄞 \u0000 \uE000 \"quoted\"", "https://example.org/a?b=1&c=d",
                                "snip\u0000pet\r\n\t\\ 🙂 </script>"),
                        new WebSource("", "https://example.org/empty", "")),
                "The provider refused: \u0000 ☕",
                List.of(new FileUse(new FileId(3), "notes ☕ 𝄞 \u0000 \uE000 \"q\".md", true),
                        new FileUse(new FileId(9_007_199_254_740_993L), "", false)));

        List<Message> stored = store.messages().append(chat.id(), List.of(
                NewMessage.fromUser(Role.USER, "what is this?", images, T0),
                new NewMessage(Role.ASSISTANT, "a cat", List.of(), "test-model", new TokenUsage(1, 2),
                        MessageStatus.COMPLETE, request, T0.plusSeconds(1))));

        assertThat(stored.get(0).images()).isEqualTo(images);
        assertThat(stored.get(0).request()).isNull();
        assertThat(stored.get(1).images()).isEmpty();
        assertThat(stored.get(1).request()).isEqualTo(request);
        assertThat(store.messages().listByConversation(chat.id())).isEqualTo(stored);
        assertThat(store.messages().listByConversations(List.of(chat.id())).get(chat.id())).isEqualTo(stored);
    }

    @Test
    void aRequestWithNothingOptionalRoundTripsWithItsNullsAndEmptyLists() {
        RequestMetadata bare = new RequestMetadata("scripted", "upstream-test-model", null, GenerationOptions.DEFAULTS,
                null, 0, 0, List.of(), false, List.of(), null);

        store.messages().append(chat.id(), List.of(new NewMessage(Role.ASSISTANT, "", List.of(), "test-model", null,
                MessageStatus.FAILED, bare, T0)));

        Message read = store.messages().listByConversation(chat.id()).getFirst();
        assertThat(read.request()).isEqualTo(bare);
        assertThat(read.request().files()).isEmpty();
        assertThat(read.request().options()).isEqualTo(new GenerationOptions(null, null, null, List.of(), null));
        assertThat(read.images()).isEmpty();
    }

    @Test
    void appendingToAMissingConversationIsNotFound() {
        assertThatThrownBy(() -> store.messages().append(new ConversationId(987_654), List.of(userMessage("x"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void unknownConversationHasNoMessages() {
        assertThat(store.messages().listByConversation(new ConversationId(987_654))).isEmpty();
    }

    @Test
    void messagesOfSeveralConversationsComeBackKeyedByEveryRequestedId() {
        store.messages().append(chat.id(), List.of(userMessage("a"), userMessage("b")));
        ConversationId missing = new ConversationId(987_654);

        Map<ConversationId, List<Message>> found =
                store.messages().listByConversations(List.of(chat.id(), other.id(), missing));

        assertThat(found).containsOnlyKeys(chat.id(), other.id(), missing);
        assertThat(found.get(chat.id())).extracting(Message::content).containsExactly("a", "b");
        assertThat(found.get(other.id())).isEmpty();
        assertThat(found.get(missing)).isEmpty();
        assertThat(store.messages().listByConversations(List.of())).isEmpty();
    }

    @Test
    void racingAppendsGetGaplessDistinctSequenceNumbers() throws Exception {
        int writers = 4;
        int appendsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String name = "writer" + w;
                jobs.add(() -> {
                    for (int i = 0; i < appendsEach; i++) {
                        String content = name + "-" + i;
                        store.transactions().run(() -> store.messages().append(chat.id(), List.of(userMessage(content))));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(jobs, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Message> all = store.messages().listByConversation(chat.id());
        assertThat(all).extracting(Message::sequence)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, writers * appendsEach).boxed().toList());
        assertThat(all).extracting(Message::content).doesNotHaveDuplicates();
    }

    @Test
    void aMessageIsFoundByIdWhateverItsConversation() {
        Message stored = store.messages().append(other.id(), List.of(userMessage("find me"))).getFirst();

        assertThat(store.messages().find(stored.id())).contains(stored);
        assertThat(store.messages().find(new MessageId(stored.id().value() + 1000))).isEmpty();
    }

    @Test
    void anOwnersMessagesAreListedAcrossConversationsByIdAndNoOneElsesAre() {
        User bob = storedUser(store, "bob");
        Conversation bobs = storedConversation(store, bob, "bob's");
        Message first = store.messages().append(chat.id(), List.of(userMessage("one"))).getFirst();
        store.messages().append(bobs.id(), List.of(userMessage("not alice's")));
        Message second = store.messages().append(other.id(), List.of(userMessage("two"))).getFirst();
        Message third = store.messages().append(chat.id(), List.of(userMessage("three"))).getFirst();

        assertThat(store.messages().listOwnedBy(chat.ownerId())).containsExactly(first, second, third);
    }

    @Test
    void anUpdateChangesContentAndAttachedFileOnly() {
        Message stored = store.messages().append(chat.id(), List.of(userMessage("draft"))).getFirst();
        StoredFile file = store.files().create(new NewFile(chat.ownerId(), null, "notes.txt",
                "text/plain; charset=utf-8", 5, FileKind.TEXT, "notes", null, "blob-message-file", T0));

        Message updated = store.messages().update(stored.edited("final", file.id()));

        assertThat(updated).isEqualTo(stored.edited("final", file.id()));
        assertThat(store.messages().find(stored.id())).contains(updated);
        assertThat(store.messages().append(chat.id(), List.of(NewMessage.written(Role.USER, "with file", file.id(), T0)))
                .getFirst().file()).isEqualTo(file.id());
    }

    @Test
    void deletingAnAttachedFileLeavesTheMessageWithoutOne() {
        StoredFile file = store.files().create(new NewFile(chat.ownerId(), null, "gone.txt",
                "text/plain; charset=utf-8", 4, FileKind.TEXT, "gone", null, "blob-gone", T0));
        Message stored = store.messages().append(chat.id(), List.of(NewMessage.written(Role.USER, "see", file.id(), T0)))
                .getFirst();

        store.files().deleteOwned(chat.ownerId(), file.id());

        assertThat(store.messages().find(stored.id()).orElseThrow().file()).isNull();
    }

    @Test
    void updatingAMissingMessageIsNotFound() {
        Message stored = store.messages().append(chat.id(), List.of(userMessage("x"))).getFirst();
        store.messages().delete(stored.id());

        assertThatThrownBy(() -> store.messages().update(stored.edited("y", null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingAMessageMovesTheLaterOnesUpAndNumberingStaysGapless() {
        List<Message> stored = store.messages().append(chat.id(),
                List.of(userMessage("a"), userMessage("b"), userMessage("c")));

        assertThat(store.messages().delete(stored.get(1).id())).isTrue();
        store.messages().append(chat.id(), List.of(userMessage("d")));

        List<Message> now = store.messages().listByConversation(chat.id());
        assertThat(now).extracting(Message::content).containsExactly("a", "c", "d");
        assertThat(now).extracting(Message::sequence).containsExactly(1, 2, 3);
        assertThat(now.get(1).id()).isEqualTo(stored.get(2).id());
        assertThat(store.messages().delete(stored.get(1).id())).isFalse();
    }
}
