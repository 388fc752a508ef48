package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ImageInput;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.testing.TestCore;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Images as content parts: only for models that can see, stored with the turn, sent again with the history. */
class ImageTurnsTest {

    private static final ImageInput PNG = new ImageInput("data:image/png;base64,iVBORw0KGgo=");
    private static final ImageInput LINK = new ImageInput("https://example.org/cat.jpg");

    private TestCore core;
    private User alice;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
        core.catalog().profile(TestCore.DEFAULT_MODEL, new ModelProfile(null, null, null, List.of(), List.of(),
                Set.of(ModelCapability.VISION)));
    }

    private Turn send(ConversationId conversation, String model, PromptMessage turn) {
        return core.useCases().sendMessage().send(new SendMessageCommand(alice.id(), conversation, model,
                List.of(turn), null, true), token -> { }, new CancellationSignal());
    }

    @Test
    void imagesAreStoredWithTheTurnAndSentAgainWithTheHistory() {
        Turn first = send(null, null, new PromptMessage(Role.USER, "what is this?", List.of(PNG, LINK)));

        send(first.conversation().id(), null, new PromptMessage(Role.USER, "and its colour?"));

        assertThat(first.userMessages().getFirst().images()).containsExactly(PNG, LINK);
        assertThat(core.model().lastRequest().messages().getFirst().images()).containsExactly(PNG, LINK);
    }

    @Test
    void aModelThatCannotSeeRefusesNewImagesAndGetsOnlyTheWordsOfOldOnes() {
        Turn first = send(null, null, new PromptMessage(Role.USER, "what is this?", List.of(PNG)));

        assertThatThrownBy(() -> send(first.conversation().id(), TestCore.OTHER_MODEL,
                new PromptMessage(Role.USER, "and this?", List.of(LINK))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("images"));
        send(first.conversation().id(), TestCore.OTHER_MODEL, new PromptMessage(Role.USER, "describe it in words"));

        assertThat(core.model().lastRequest().messages()).allSatisfy(m -> assertThat(m.images()).isEmpty());
        assertThat(core.model().lastRequest().messages().getFirst().content()).isEqualTo("what is this?");
    }

    @Test
    void onlyAUsersTurnMayHoldImagesAndAtMostEightAtOnce() {
        assertThatThrownBy(() -> send(null, null, new PromptMessage(Role.USER, "many",
                java.util.Collections.nCopies(PromptMessage.MAX_IMAGES + 1, PNG))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("images"));
        assertThatThrownBy(() -> core.useCases().sendMessage().send(new SendMessageCommand(alice.id(), null, null,
                List.of(new PromptMessage(Role.ASSISTANT, "I saw", List.of(PNG)), new PromptMessage(Role.USER, "ok")),
                null, true), token -> { }, new CancellationSignal()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anImageMustBeAnHttpUrlOrAnInlineImageOfAKnownType() {
        assertThat(PNG.isInline()).isTrue();
        assertThat(PNG.mediaType()).isEqualTo("image/png");
        assertThat(PNG.base64Data()).isEqualTo("iVBORw0KGgo=");
        assertThat(LINK.isInline()).isFalse();
        for (String bad : List.of("file:///etc/passwd", "data:text/html;base64,PGI+", "data:image/png,raw",
                "data:image/svg+xml;base64,PHN2Zz4=", "javascript:alert(1)", "https://exa mple.org/x.png",
                "data:image/png;base64,not base64!")) {
            assertThatThrownBy(() -> new ImageInput(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }
}
