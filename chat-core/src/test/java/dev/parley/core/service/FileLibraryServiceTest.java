package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.error.TooLargeException;
import dev.parley.core.domain.file.FileKind;
import dev.parley.core.domain.file.FileQuery;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.FileCommand;
import dev.parley.core.port.in.FileContent;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.UpdateFileCommand;
import dev.parley.core.port.in.UploadFileCommand;
import dev.parley.core.port.in.UserCommand;
import dev.parley.core.testing.FakeTextExtractor;
import dev.parley.core.testing.TestCore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads: type from the bytes, the size limit while reading, text extraction, ownership, and deletion of the bytes. */
class FileLibraryServiceTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    private TestCore core;
    private User alice;
    private User bob;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
        bob = core.register("bob");
    }

    private Conversation conversationOf(User user) {
        return core.useCases().startConversation().start(new StartConversationCommand(user.id(), "chat", null));
    }

    private StoredFile upload(User user, Conversation conversation, String name, byte[] bytes, FileKind... accepted) {
        return core.useCases().files().upload(new UploadFileCommand(user.id(),
                conversation == null ? null : conversation.id(), name, new ByteArrayInputStream(bytes),
                accepted.length == 0 ? null : Set.of(accepted)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPdfIsKnownByItsBytesWhateverItIsCalledAndItsTextAndPagesAreKept() {
        StoredFile file = upload(alice, conversationOf(alice), "notes.txt", FakeTextExtractor.pdf("first", "second"));

        assertThat(file.kind()).isEqualTo(FileKind.PDF);
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.extractedText()).isEqualTo("first\nsecond");
        assertThat(file.pageCount()).isEqualTo(2);
        assertThat(file.filename()).isEqualTo("notes.txt");
        assertThat(core.blobs().keys()).containsExactly(file.blobKey());
    }

    @Test
    void textMarkdownAndImagesAreToldApartByTheirContent() {
        assertThat(upload(alice, null, "a.pdf", utf8("just words\nand more")).kind()).isEqualTo(FileKind.TEXT);
        assertThat(upload(alice, null, "b.bin", utf8("# Title\n\n- item\n")).kind()).isEqualTo(FileKind.MARKDOWN);
        StoredFile image = upload(alice, null, "c.txt", PNG);
        assertThat(image.kind()).isEqualTo(FileKind.IMAGE);
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.extractedText()).isNull();
    }

    @Test
    void aRouteThatTakesPdfsOnlyRefusesEverythingElseAndStoresNothing() {
        assertThatThrownBy(() -> upload(alice, null, "x.pdf", utf8("not a pdf"), FileKind.PDF))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).isEqualTo("Only PDF files are supported");
                });
        assertThat(core.blobs().keys()).isEmpty();
    }

    @Test
    void unknownBinaryEmptyAndDamagedFilesAreRefused() {
        assertThatThrownBy(() -> upload(alice, null, "x", new byte[] {0, 1, 2, 3, (byte) 0xff}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unsupported file type");
        assertThatThrownBy(() -> upload(alice, null, "x", new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> upload(alice, null, "x.pdf", utf8("%PDF-1.7 garbage")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("damaged");
        assertThat(core.blobs().keys()).isEmpty();
    }

    @Test
    void theSizeLimitIsEnforcedWhileReadingNotAfter() {
        var useCases = ChatCore.wire(core.ports(), new CoreOptions(false, 1024));
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                read[0] += len;
                return len;
            }
        };

        assertThatThrownBy(() -> useCases.files().upload(new UploadFileCommand(alice.id(), null, "big.txt", endless, null)))
                .isInstanceOfSatisfying(TooLargeException.class, e -> assertThat(e.limit()).isEqualTo(1024));
        assertThat(read[0]).isLessThanOrEqualTo(1024 + 64 * 1024);
        assertThat(core.blobs().keys()).isEmpty();
    }

    @Test
    void anotherUsersConversationOrFileIsNotFoundForEveryOperation() {
        Conversation bobs = conversationOf(bob);
        StoredFile bobsFile = upload(bob, bobs, "b.txt", utf8("bob's"));
        FileCommand asAlice = new FileCommand(alice.id(), bobsFile.id());

        assertThatThrownBy(() -> upload(alice, bobs, "a.txt", utf8("hi"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.useCases().files().get(asAlice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.useCases().files().content(asAlice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.useCases().files().delete(asAlice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.useCases().files().update(new UpdateFileCommand(alice.id(), bobsFile.id(),
                Optional.of("mine"), Optional.empty()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> core.useCases().files().list(alice.id(), new FileQuery(Optional.of(bobs.id()),
                new PageRequest(1, 10)))).isInstanceOf(NotFoundException.class);
        assertThat(core.useCases().files().list(alice.id(), new FileQuery(Optional.empty(), new PageRequest(1, 10)))
                .items()).isEmpty();
        assertThat(core.useCases().files().get(new FileCommand(bob.id(), bobsFile.id())).filename()).isEqualTo("b.txt");
    }

    @Test
    void aFileIsRenamedDownloadedAndDeletedWithItsBytes() throws IOException {
        StoredFile file = upload(alice, null, "../../etc/passwd", utf8("secret words"));
        assertThat(file.filename()).isEqualTo("passwd");
        assertThat(file.blobKey()).doesNotContain("passwd");

        StoredFile renamed = core.useCases().files().update(new UpdateFileCommand(alice.id(), file.id(),
                Optional.of("words.txt"), Optional.of("my words")));
        FileContent content = core.useCases().files().content(new FileCommand(alice.id(), file.id()));
        core.useCases().files().delete(new FileCommand(alice.id(), file.id()));

        assertThat(renamed.filename()).isEqualTo("words.txt");
        assertThat(renamed.description()).isEqualTo("my words");
        assertThat(new String(content.bytes().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("secret words");
        assertThat(core.blobs().keys()).isEmpty();
        assertThatThrownBy(() -> core.useCases().files().get(new FileCommand(alice.id(), file.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingAConversationOrAnAccountDeletesItsFilesAndTheirBytes() {
        Conversation chat = conversationOf(alice);
        upload(alice, chat, "in-chat.txt", utf8("one"));
        StoredFile loose = upload(alice, null, "loose.txt", utf8("two"));
        StoredFile bobs = upload(bob, null, "bob.txt", utf8("three"));

        core.useCases().deleteConversation().delete(new ConversationCommand(alice.id(), chat.id()));
        assertThat(core.blobs().keys()).containsExactlyInAnyOrder(loose.blobKey(), bobs.blobKey());

        core.useCases().deleteAccount().deleteAccount(new UserCommand(alice.id()));
        assertThat(core.blobs().keys()).containsExactly(bobs.blobKey());
    }
}
