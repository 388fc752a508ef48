package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.T0;
import static dev.parley.core.testing.Fixtures.storedConversation;
import static dev.parley.core.testing.Fixtures.storedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileKind;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.NewFile;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.parley.core.port.out.FileRepository}; every implementation's test extends it. */
public abstract class FileRepositoryContract extends PersistenceContract {

    private final AtomicInteger blobKeys = new AtomicInteger();
    private User alice;
    private User bob;
    private Conversation chat;
    private Conversation other;

    @BeforeEach
    void storeFixtures() {
        alice = storedUser(store, "alice");
        bob = storedUser(store, "bob");
        chat = storedConversation(store, alice, "chat");
        other = storedConversation(store, alice, "other");
    }

    @Test
    void aCreatedFileReadsBackWithEveryFieldAndEqualTimestamps() {
        StoredFile pdf = store.files().create(new NewFile(alice.id(), chat.id(), "report.pdf", "application/pdf",
                123_456_789_012L, FileKind.PDF, "page one\fpage two", 2, "blob-pdf", T0));

        assertThat(pdf.id().value()).isPositive();
        assertThat(pdf.owner()).isEqualTo(alice.id());
        assertThat(pdf.conversation()).isEqualTo(chat.id());
        assertThat(pdf.filename()).isEqualTo("report.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(123_456_789_012L);
        assertThat(pdf.kind()).isEqualTo(FileKind.PDF);
        assertThat(pdf.extractedText()).isEqualTo("page one\fpage two");
        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(pdf.description()).isNull();
        assertThat(pdf.blobKey()).isEqualTo("blob-pdf");
        assertThat(pdf.createdAt()).isEqualTo(T0);
        assertThat(pdf.updatedAt()).isEqualTo(T0);
        assertThat(store.files().findOwned(alice.id(), pdf.id())).contains(pdf);
    }

    @Test
    void aStandaloneImageHasNoConversationTextOrPages() {
        StoredFile image = store.files().create(new NewFile(alice.id(), null, "cat.png", "image/png", 68,
                FileKind.IMAGE, null, null, "blob-png", T0));

        assertThat(image.conversation()).isNull();
        assertThat(image.extractedText()).isNull();
        assertThat(image.pageCount()).isNull();
        assertThat(store.files().findOwned(alice.id(), image.id())).contains(image);
    }

    @Test
    void anotherUsersFileIsNotFound() {
        StoredFile mine = create(alice.id(), chat.id(), "mine.txt", T0);

        assertThat(store.files().findOwned(bob.id(), mine.id())).isEmpty();
        assertThat(store.files().findOwned(alice.id(), new FileId(987_654))).isEmpty();
        assertThat(store.files().list(bob.id(), all(1, 10)).items()).isEmpty();
    }

    @Test
    void theListIsTheOwnersFilesNewestFirstThenHighestIdInPagesWithTheTotal() {
        create(alice.id(), null, "oldest", T0);
        create(alice.id(), chat.id(), "tied first", T0.plusSeconds(2));
        create(alice.id(), other.id(), "tied second", T0.plusSeconds(2));
        create(alice.id(), chat.id(), "middle", T0.plusSeconds(1));
        create(bob.id(), null, "bob's", T0.plusSeconds(9));

        Page<StoredFile> first = store.files().list(alice.id(), all(1, 3));
        Page<StoredFile> second = store.files().list(alice.id(), all(2, 3));
        Page<StoredFile> beyond = store.files().list(alice.id(), all(3, 3));

        assertThat(names(first)).containsExactly("tied second", "tied first", "middle");
        assertThat(names(second)).containsExactly("oldest");
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(4L);
    }

    @Test
    void theListCanBeLimitedToOneConversation() {
        create(alice.id(), chat.id(), "a", T0);
        create(alice.id(), other.id(), "elsewhere", T0);
        create(alice.id(), null, "standalone", T0);
        create(alice.id(), chat.id(), "b", T0.plusSeconds(1));
        create(alice.id(), chat.id(), "c", T0.plusSeconds(2));

        Page<StoredFile> page = store.files().list(alice.id(), new FileQuery(Optional.of(chat.id()), new PageRequest(1, 2)));

        assertThat(names(page)).containsExactly("c", "b");
        assertThat(page.total()).isEqualTo(3);
        assertThat(store.files().list(bob.id(), new FileQuery(Optional.of(chat.id()), new PageRequest(1, 10))).total())
                .isZero();
    }

    @Test
    void aConversationsFilesAreListedOldestFirstThenLowestId() {
        create(alice.id(), chat.id(), "newest", T0.plusSeconds(5));
        create(alice.id(), chat.id(), "tied first", T0);
        create(alice.id(), chat.id(), "tied second", T0);
        create(alice.id(), other.id(), "elsewhere", T0);
        create(alice.id(), null, "standalone", T0);

        assertThat(store.files().listByConversation(chat.id())).extracting(StoredFile::filename)
                .containsExactly("tied first", "tied second", "newest");
        assertThat(store.files().listByConversation(new ConversationId(987_654))).isEmpty();
    }

    @Test
    void everyFileOfAnOwnerIsListedForDeletingTheirBlobs() {
        StoredFile inChat = create(alice.id(), chat.id(), "in chat", T0);
        StoredFile standalone = create(alice.id(), null, "standalone", T0.plusSeconds(1));
        create(bob.id(), null, "bob's", T0);

        assertThat(store.files().listByOwner(alice.id())).containsExactlyInAnyOrder(inChat, standalone);
        assertThat(store.files().listByOwner(new UserId(987_654))).isEmpty();
    }

    @Test
    void anUpdateSavesFilenameDescriptionAndUpdateTimeOnly() {
        StoredFile created = create(alice.id(), chat.id(), "old.txt", T0);
        StoredFile tampered = new StoredFile(created.id(), created.owner(), other.id(), "new.txt", "image/png", 1,
                FileKind.IMAGE, "other text", 9, "described", "other-blob", T0.plusSeconds(99), T0.plusSeconds(60));

        Optional<StoredFile> updated = store.files().update(tampered);

        assertThat(updated).contains(created.withDetails("new.txt", "described", T0.plusSeconds(60)));
        assertThat(store.files().findOwned(alice.id(), created.id())).isEqualTo(updated);
        assertThat(store.files().update(updated.orElseThrow().withDetails("new.txt", null, T0.plusSeconds(61))))
                .get().extracting(StoredFile::description).isNull();
    }

    @Test
    void updatingAnotherUsersOrAMissingFileIsEmptyAndChangesNothing() {
        StoredFile mine = create(alice.id(), chat.id(), "mine.txt", T0);
        StoredFile hijack = new StoredFile(mine.id(), bob.id(), null, "stolen", mine.mediaType(), mine.size(),
                mine.kind(), mine.extractedText(), mine.pageCount(), "stolen", mine.blobKey(), T0, T0.plusSeconds(1));
        StoredFile missing = new StoredFile(new FileId(987_654), alice.id(), null, "x", mine.mediaType(), 1,
                mine.kind(), null, null, null, "missing-blob", T0, T0);

        assertThat(store.files().update(hijack)).isEmpty();
        assertThat(store.files().update(missing)).isEmpty();
        assertThat(store.files().findOwned(alice.id(), mine.id())).contains(mine);
    }

    @Test
    void anOwnerDeletesTheirFileOnceAndNoOneElseCan() {
        StoredFile mine = create(alice.id(), chat.id(), "mine.txt", T0);
        StoredFile kept = create(alice.id(), chat.id(), "kept.txt", T0);

        assertThat(store.files().deleteOwned(bob.id(), mine.id())).isFalse();
        assertThat(store.files().findOwned(alice.id(), mine.id())).contains(mine);

        assertThat(store.files().deleteOwned(alice.id(), mine.id())).isTrue();
        assertThat(store.files().findOwned(alice.id(), mine.id())).isEmpty();
        assertThat(store.files().deleteOwned(alice.id(), mine.id())).isFalse();
        assertThat(store.files().listByConversation(chat.id())).containsExactly(kept);
    }

    @Test
    void deletingAConversationDeletesItsFilesAndNoOthers() {
        StoredFile doomed = create(alice.id(), chat.id(), "doomed", T0);
        StoredFile elsewhere = create(alice.id(), other.id(), "elsewhere", T0);
        StoredFile standalone = create(alice.id(), null, "standalone", T0);

        assertThat(store.conversations().deleteOwned(alice.id(), chat.id())).isTrue();

        assertThat(store.files().findOwned(alice.id(), doomed.id())).isEmpty();
        assertThat(store.files().listByConversation(chat.id())).isEmpty();
        assertThat(store.files().listByOwner(alice.id())).containsExactlyInAnyOrder(elsewhere, standalone);
    }

    @Test
    void deletingAUserDeletesTheirFilesAndNoOneElses() {
        create(alice.id(), chat.id(), "in chat", T0);
        create(alice.id(), null, "standalone", T0);
        Conversation bobsChat = storedConversation(store, bob, "bob's chat");
        StoredFile bobs = create(bob.id(), bobsChat.id(), "bob's", T0);

        assertThat(store.users().delete(alice.id())).isTrue();

        assertThat(store.files().listByOwner(alice.id())).isEmpty();
        assertThat(store.files().list(alice.id(), all(1, 10)).total()).isZero();
        assertThat(store.files().listByOwner(bob.id())).containsExactly(bobs);
    }

    @Test
    void extractedTextOfTwoMillionCharactersWithNulAndUnicodeRoundTripsExactly() {
        String unit = "naïve ☕ 𝄞 🙂 line\r\nnext\ttab\u0000nul \uE000 \uE0000 end ";
        String text = unit.repeat(2_000_000 / unit.length());
        StoredFile created = store.files().create(new NewFile(alice.id(), chat.id(), "big.md", "text/markdown",
                text.length() * 2L, FileKind.MARKDOWN, text, null, "blob-big", T0));

        assertThat(store.files().findOwned(alice.id(), created.id()).orElseThrow().extractedText()).isEqualTo(text);
        assertThat(store.files().listByConversation(chat.id()).getFirst().extractedText()).isEqualTo(text);
    }

    @Test
    void aLongestNameAndADescriptionSurviveWhateverTheirCharacters() {
        String name = "\uE000".repeat(255);
        String description = "a\u0000b \uE000 \uE0000 ☕ 𝄞 ".repeat(100);
        StoredFile created = create(alice.id(), null, "x", T0);

        StoredFile updated = store.files().update(created.withDetails(name, description, T0)).orElseThrow();

        assertThat(updated.filename()).isEqualTo(name);
        assertThat(updated.description()).isEqualTo(description);
        assertThat(store.files().findOwned(alice.id(), created.id())).contains(updated);
    }

    @Test
    void creatingAFileForAUserOrConversationThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> create(new UserId(987_654), null, "orphan", T0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> create(alice.id(), new ConversationId(987_654), "orphan", T0))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.files().listByOwner(alice.id())).isEmpty();
    }

    @Test
    void aFileCreatedInATransactionThatFailsIsNotKept() {
        assertThatThrownBy(() -> store.transactions().run(() -> {
            create(alice.id(), chat.id(), "doomed", T0);
            throw new IllegalStateException("something later failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.files().listByOwner(alice.id())).isEmpty();
    }

    private StoredFile create(UserId owner, ConversationId conversation, String filename, Instant at) {
        return store.files().create(new NewFile(owner, conversation, filename, "text/plain; charset=utf-8",
                filename.length(), FileKind.TEXT, "text of " + filename, null, "blob-" + blobKeys.incrementAndGet(), at));
    }

    private static FileQuery all(int page, int size) {
        return new FileQuery(Optional.empty(), new PageRequest(page, size));
    }

    private static List<String> names(Page<StoredFile> page) {
        return page.items().stream().map(StoredFile::filename).toList();
    }
}
