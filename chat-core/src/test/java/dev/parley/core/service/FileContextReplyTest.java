package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.file.FileUse;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.StartConversationCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.port.in.UploadFileCommand;
import dev.parley.core.testing.FakeTextExtractor;
import dev.parley.core.testing.TestCore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A conversation's files reach the model with every later message, within its budget, and the reply says which. */
class FileContextReplyTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    private TestCore core;
    private User alice;
    private Conversation chat;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
        chat = core.useCases().startConversation().start(new StartConversationCommand(alice.id(), "chat", null));
    }

    private StoredFile attach(String name, byte[] bytes) {
        return core.useCases().files().upload(new UploadFileCommand(alice.id(), chat.id(), name,
                new ByteArrayInputStream(bytes), null));
    }

    private Turn ask(String text, ReplyObserver observer) {
        return core.useCases().sendMessage().send(new SendMessageCommand(alice.id(), chat.id(), null,
                List.of(new PromptMessage(Role.SYSTEM, "be brief"), new PromptMessage(Role.USER, text)), null, true),
                observer, new CancellationSignal());
    }

    @Test
    void eachFilesTextGoesToTheModelHeadedByItsNameAfterTheSystemPrompt() {
        StoredFile report = attach("report.pdf", FakeTextExtractor.pdf("Revenue rose", "Costs fell"));
        StoredFile notes = attach("notes.md", "# Notes\n\n- ship it".getBytes(StandardCharsets.UTF_8));
        List<List<FileUse>> heard = new ArrayList<>();
        ReplyObserver observer = new ReplyObserver() {
            @Override
            public void files(List<FileUse> files) {
                heard.add(files);
            }

            @Override
            public void token(String token) {
            }
        };

        Turn turn = ask("what happened?", observer);

        List<PromptMessage> sent = core.model().lastRequest().messages();
        assertThat(sent).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.SYSTEM, Role.USER);
        assertThat(sent.get(1).content()).contains("### File: report.pdf (2 pages)\nRevenue rose\nCosts fell")
                .contains("### File: notes.md\n# Notes");
        List<FileUse> used = List.of(new FileUse(report.id(), "report.pdf", false),
                new FileUse(notes.id(), "notes.md", false));
        assertThat(turn.reply().request().files()).isEqualTo(used);
        assertThat(heard).containsExactly(used);
    }

    @Test
    void aFileTooLongForItsShareOfTheWindowIsCutAndSaysSo() {
        StoredFile big = attach("big.txt", "word ".repeat(5_000).getBytes(StandardCharsets.UTF_8));
        core.catalog().profile(TestCore.DEFAULT_MODEL, new ModelProfile(1_000, 100, null, List.of(), List.of(),
                ModelProfile.UNKNOWN.capabilities()));

        Turn turn = ask("summarise", ReplyObserver.IGNORE);

        String context = core.model().lastRequest().messages().get(1).content();
        assertThat(context).contains("the rest of this file was left out");
        assertThat(new WordTokenCount().of(context)).isLessThanOrEqualTo((1_000 - 100) / 2 + 40);
        assertThat(turn.reply().request().files()).containsExactly(new FileUse(big.id(), "big.txt", true));
        assertThat(turn.reply().request().promptTokens()).isLessThanOrEqualTo(1_000 - 100);
    }

    @Test
    void imagesGoWithTheNewestTurnToAModelThatSeesAndNotToOneThatDoesNot() {
        StoredFile picture = attach("cat.png", PNG);

        ask("what is in the picture?", ReplyObserver.IGNORE);
        List<PromptMessage> blind = core.model().lastRequest().messages();
        core.catalog().profile(TestCore.DEFAULT_MODEL, new ModelProfile(null, null, null, List.of(), List.of(),
                Set.of(ModelCapability.VISION)));
        Turn seen = ask("and now?", ReplyObserver.IGNORE);
        List<PromptMessage> seeing = core.model().lastRequest().messages();

        assertThat(blind).allSatisfy(m -> assertThat(m.images()).isEmpty());
        assertThat(seeing.getLast().images()).singleElement().satisfies(image ->
                assertThat(image.url()).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)));
        assertThat(seen.reply().request().files()).containsExactly(new FileUse(picture.id(), "cat.png", false));
        assertThat(seen.userMessages().getLast().images()).isEmpty();
    }

    /** Counts as the test-jar's WordTokenCounter does. */
    private static final class WordTokenCount {
        int of(String text) {
            return new dev.parley.core.testing.WordTokenCounter().countText(text);
        }
    }
}
