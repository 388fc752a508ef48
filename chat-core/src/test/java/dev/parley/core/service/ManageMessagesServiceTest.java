package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.EditMessageCommand;
import dev.parley.core.port.in.ManageMessagesUseCase;
import dev.parley.core.port.in.MessageCommand;
import dev.parley.core.port.in.PostMessageCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.UploadFileCommand;
import dev.parley.core.testing.TestCore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages written, edited and deleted directly: no model is asked, and other users' things do not exist. */
class ManageMessagesServiceTest {

    private TestCore core;
    private ManageMessagesUseCase messages;
    private User alice;
    private User bob;
    private Conversation chat;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        messages = core.useCases().messages();
        alice = core.register("alice");
        bob = core.register("bob");
        chat = core.useCases().startConversation().start(new StartConversationCommand(alice.id(), "notes", null));
    }

    private StoredFile upload(User owner, String name) {
        return core.useCases().files().upload(new UploadFileCommand(owner.id(), null, name,
                new ByteArrayInputStream("some text".getBytes(StandardCharsets.UTF_8)), null));
    }

    @Test
    void aPostedMessageIsStoredAsWrittenInItsRoleWithoutAskingTheModelAndTouchesItsConversation() {
        core.clock().advance(Duration.ofMinutes(5));

        Message posted = messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.ASSISTANT, "I said this", null));

        assertThat(posted.role()).isEqualTo(Role.ASSISTANT);
        assertThat(posted.content()).isEqualTo("I said this");
        assertThat(posted.sequence()).isEqualTo(1);
        assertThat(core.model().requests()).isEmpty();
        assertThat(core.useCases().getConversation().getByUuid(alice.id(), chat.uuid()).conversation().updatedAt())
                .isEqualTo(posted.createdAt()).isAfter(chat.updatedAt());
    }

    @Test
    void aMessageMayAttachOnlyOnesOwnFile() {
        StoredFile mine = upload(alice, "mine.txt");
        StoredFile bobs = upload(bob, "bobs.txt");

        Message posted = messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.USER, "see file", mine.id()));

        assertThat(posted.file()).isEqualTo(mine.id());
        assertThatThrownBy(() -> messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.USER, "x", bobs.id())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("File");
    }

    @Test
    void anotherUsersConversationAndMessagesDoNotExistForTheCaller() {
        Message posted = messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.USER, "private", null));

        assertThatThrownBy(() -> messages.post(new PostMessageCommand(bob.id(), chat.id(), Role.USER, "intrude", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> messages.get(new MessageCommand(bob.id(), posted.id())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Message");
        assertThatThrownBy(() -> messages.edit(new EditMessageCommand(bob.id(), posted.id(), "mine now", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> messages.delete(new MessageCommand(bob.id(), posted.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(messages.list(bob.id())).isEmpty();
        assertThat(messages.get(new MessageCommand(alice.id(), posted.id())).content()).isEqualTo("private");
    }

    @Test
    void anEditReplacesContentAndFileAndKeepsPlaceAndRole() {
        StoredFile file = upload(alice, "a.txt");
        Message posted = messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.USER, "first", file.id()));

        Message edited = messages.edit(new EditMessageCommand(alice.id(), posted.id(), "second", null));

        assertThat(edited.content()).isEqualTo("second");
        assertThat(edited.file()).isNull();
        assertThat(edited.sequence()).isEqualTo(posted.sequence());
        assertThat(edited.role()).isEqualTo(Role.USER);
        assertThat(messages.list(alice.id())).containsExactly(edited);
    }

    @Test
    void deletingAMessageClosesTheGapSoTheConversationStillReadsInOrder() {
        Message a = messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.USER, "a", null));
        Message b = messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.ASSISTANT, "b", null));
        messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.USER, "c", null));

        messages.delete(new MessageCommand(alice.id(), b.id()));

        assertThat(messages.list(alice.id())).extracting(Message::content).containsExactly("a", "c");
        assertThat(messages.list(alice.id())).extracting(Message::sequence).containsExactly(1, 2);
        assertThatThrownBy(() -> messages.get(new MessageCommand(alice.id(), b.id()))).isInstanceOf(NotFoundException.class);
        assertThat(messages.get(new MessageCommand(alice.id(), a.id())).sequence()).isEqualTo(1);
    }

    @Test
    void blankContentIsRefusedOnPostAndEdit() {
        Message posted = messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.USER, "ok", null));

        assertThatThrownBy(() -> messages.post(new PostMessageCommand(alice.id(), chat.id(), Role.USER, "  ", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> messages.edit(new EditMessageCommand(alice.id(), posted.id(), null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(messages.list(alice.id())).extracting(Message::content).containsExactly("ok");
    }
}
