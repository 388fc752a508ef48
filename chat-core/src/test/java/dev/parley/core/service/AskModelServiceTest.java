package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.file.StoredFile;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.AskCommand;
import dev.parley.core.port.in.ListConversationsCommand;
import dev.parley.core.port.in.ModelAnswer;
import dev.parley.core.port.in.UploadFileCommand;
import dev.parley.core.testing.TestCore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One question outside any conversation, about nothing, one's own file, or a public page. */
class AskModelServiceTest {

    private TestCore core;
    private User alice;
    private User bob;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
        bob = core.register("bob");
    }

    private StoredFile upload(User owner, String name, String text) {
        return core.useCases().files().upload(new UploadFileCommand(owner.id(), null, name,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null));
    }

    private ModelAnswer ask(AskCommand command) {
        return core.useCases().ask().ask(command, new CancellationSignal());
    }

    @Test
    void aPlainQuestionIsAnsweredAndChargedWithoutStoringAConversation() {
        core.model().replyWith("Paris");

        ModelAnswer answer = ask(new AskCommand(alice.id(), "Capital of France?", null, null, null));

        assertThat(answer.text()).isEqualTo("Paris");
        assertThat(answer.model()).isEqualTo(TestCore.DEFAULT_MODEL);
        assertThat(core.model().lastRequest().messages()).extracting(PromptMessage::content)
                .containsExactly("Capital of France?");
        assertThat(core.useCases().listConversations().list(new ListConversationsCommand(alice.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), 1, 10)).total()).isZero();
        LocalDate today = LocalDate.ofInstant(core.clock().instant(), ZoneOffset.UTC);
        assertThat(core.ports().usage().totalsForUser(alice.id(), new UsageQuery(today, today))).isNotEmpty();
    }

    @Test
    void aQuestionAboutOnesOwnFileGivesTheModelItsTextBeforeTheQuestion() {
        StoredFile notes = upload(alice, "notes.txt", "The meeting is on Tuesday.");
        core.model().replyWith("Tuesday");

        ask(new AskCommand(alice.id(), "When is the meeting?", null, notes.id(), null));

        String sent = core.model().lastRequest().messages().getFirst().content();
        assertThat(sent).startsWith("The document \"notes.txt\":").contains("The meeting is on Tuesday.")
                .endsWith("When is the meeting?");
    }

    @Test
    void anotherUsersFileDoesNotExistForTheAsker() {
        StoredFile bobs = upload(bob, "secret.txt", "bob's secret");

        assertThatThrownBy(() -> ask(new AskCommand(alice.id(), "what does it say?", null, bobs.id(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(core.model().requests()).isEmpty();
    }

    @Test
    void aQuestionAboutAPublicPageGivesTheModelThePagesText() {
        core.webPages().page("https://example.org/doc", "A document", "Page body text.");
        core.model().replyWith("ok");

        ask(new AskCommand(alice.id(), "Summarise", null, null, URI.create("https://example.org/doc")));

        assertThat(core.model().lastRequest().messages().getFirst().content())
                .startsWith("The document \"A document\":").contains("Page body text.");
    }

    @Test
    void aPageThatMayNotBeReadIsTheAskersInputErrorAndNoModelIsAsked() {
        assertThatThrownBy(() -> ask(new AskCommand(alice.id(), "Summarise", null, null,
                URI.create("http://169.254.169.254/latest/meta-data"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(core.model().requests()).isEmpty();
    }

    @Test
    void aDocumentTooLongForTheWindowIsCutAndSaidToBe() {
        core.catalog().profile(TestCore.DEFAULT_MODEL, new ModelProfile(200, 50, null, List.of(), List.of(),
                Set.of(ModelCapability.CHAT, ModelCapability.STREAMING)));
        StoredFile big = upload(alice, "big.txt", "word ".repeat(1000));
        core.model().replyWith("ok");

        ModelAnswer answer = ask(new AskCommand(alice.id(), "Summarise", null, big.id(), null));

        assertThat(answer.documentTruncated()).isTrue();
        String sent = core.model().lastRequest().messages().getFirst().content();
        assertThat(sent).contains("(cut to fit)");
        assertThat(core.ports().tokenCounter().countText(sent)).isLessThan(200 - 50);
    }

    @Test
    void aBlankPromptIsRefused() {
        assertThatThrownBy(() -> ask(new AskCommand(alice.id(), " ", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("prompt");
    }

    @Test
    void anImageFileIsShownOnlyToAModelThatCanSee() {
        StoredFile image = core.useCases().files().upload(new UploadFileCommand(alice.id(), null, "dot.png",
                new ByteArrayInputStream(png()), null));

        assertThatThrownBy(() -> ask(new AskCommand(alice.id(), "What is it?", null, image.id(), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not accept images");
    }

    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }
}
