package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.conversation.ConversationDetails;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.ListConversationsCommand;
import java.util.Optional;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.testing.TestCore;
import dev.parley.core.testing.WordTokenCounter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trimming to the model's context window, and the catalog's defaults for sampling options. */
class ContextWindowTest {

    private TestCore core;
    private User alice;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
    }

    private void window(Integer tokens, Integer defaultMaxTokens, Double defaultTemperature) {
        core.catalog().profile(TestCore.DEFAULT_MODEL, new ModelProfile(tokens, defaultMaxTokens, defaultTemperature,
                List.of(), List.of(), ModelProfile.UNKNOWN.capabilities()));
    }

    private Turn send(ConversationId conversation, GenerationOptions options, PromptMessage... turns) {
        return core.useCases().sendMessage().send(new SendMessageCommand(alice.id(), conversation, null,
                List.of(turns), options, true), ReplyObserver.IGNORE, new CancellationSignal());
    }

    private List<ConversationDetails> conversations() {
        return core.useCases().listConversations().list(new ListConversationsCommand(alice.id(), Optional.empty(),
                Optional.empty(), Optional.empty(), 1, 10)).items();
    }

    private static PromptMessage user(String text) {
        return new PromptMessage(Role.USER, text);
    }

    /** Five words: with {@link WordTokenCounter} a message of it costs 4 + 5 = 9 tokens. */
    private static final String FIVE = "one two three four five";

    @Test
    void theOldestTurnsAreLeftOutSoPromptAndReplyFitTheWindowAndTheTrimmingIsStored() {
        window(null, null, null);
        core.model().replyWith(FIVE).replyWith(FIVE);
        Turn first = send(null, null, new PromptMessage(Role.SYSTEM, "be brief"), user(FIVE));
        ConversationId id = first.conversation().id();
        send(id, null, user(FIVE));
        // system 4+2=6, then four messages of 9 each, then the new turn: 9, in all 51. A window of 45 less
        // 10 for the reply leaves 35: the two oldest turns must go.
        window(45, null, null);

        Turn third = send(id, new GenerationOptions(null, 10), user(FIVE));

        List<PromptMessage> sent = core.model().lastRequest().messages();
        assertThat(sent).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER);
        assertThat(third.reply().request().trimmedSequences()).containsExactly(2, 3);
        assertThat(third.reply().request().trimmed()).isTrue();
        assertThat(third.reply().request().contextWindow()).isEqualTo(45);
        assertThat(third.reply().request().sentMessages()).isEqualTo(4);
        assertThat(third.reply().request().promptTokens()).isEqualTo(6 + 9 * 3).isLessThanOrEqualTo(45 - 10);
    }

    @Test
    void trimmingNeverLeavesTheModelsOwnWordsFirst() {
        core.model().replyWith(FIVE);
        ConversationId id = send(null, null, user("a b")).conversation().id();
        // user 6, assistant 9, new user 9 = 24; window 30 less 10 leaves 20: dropping the first user turn
        // would leave the assistant's reply leading, so it goes too.
        window(30, null, null);

        Turn turn = send(id, new GenerationOptions(null, 10), user(FIVE));

        assertThat(core.model().lastRequest().messages()).extracting(PromptMessage::content).containsExactly(FIVE);
        assertThat(turn.reply().request().trimmedSequences()).containsExactly(1, 2);
    }

    @Test
    void withoutAKnownWindowNothingIsTrimmed() {
        core.model().replyWith(FIVE);
        ConversationId id = send(null, null, user(FIVE)).conversation().id();

        Turn turn = send(id, new GenerationOptions(null, 10), user(FIVE));

        assertThat(core.model().lastRequest().messages()).hasSize(3);
        assertThat(turn.reply().request().trimmedSequences()).isEmpty();
        assertThat(turn.reply().request().contextWindow()).isNull();
    }

    @Test
    void aTurnTooLongForTheWindowIsRefusedAndNothingIsStored() {
        window(20, null, null);

        assertThatThrownBy(() -> send(null, new GenerationOptions(null, 10), user(FIVE + " " + FIVE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("messages");
                    assertThat(e.getMessage()).contains("too long for model test-model").contains("20 tokens");
                });
        assertThat(conversations()).isEmpty();
        assertThat(core.model().requests()).isEmpty();
    }

    @Test
    void maxTokensAsLargeAsTheWindowIsRefused() {
        window(100, null, null);

        assertThatThrownBy(() -> send(null, new GenerationOptions(null, 100), user("hi")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("max_tokens"));
    }

    @Test
    void theCatalogsDefaultsApplyWhereTheRequestGivesNoValueAndTheRequestWinsOtherwise() {
        window(null, 150, 0.7);

        Turn turn = send(null, null, user("hi"));
        GenerationOptions defaulted = core.model().lastRequest().options();
        send(null, new GenerationOptions(0.1, 20, 0.9, List.of("END"), 42L), user("hi"));
        GenerationOptions given = core.model().lastRequest().options();

        assertThat(defaulted.temperature()).isEqualTo(0.7);
        assertThat(defaulted.maxTokens()).isEqualTo(150);
        assertThat(given).isEqualTo(new GenerationOptions(0.1, 20, 0.9, List.of("END"), 42L));
        Message stored = core.useCases().getConversation().get(
                new ConversationCommand(alice.id(), turn.conversation().id())).messages().getLast();
        assertThat(stored.request().options().maxTokens()).isEqualTo(150);
    }

    @Test
    void withoutATemperatureFromRequestOrCatalogSeed002sDefaultOf07IsSent() {
        send(null, new GenerationOptions(null, 5), user("hi"));

        assertThat(core.model().lastRequest().options().temperature()).isEqualTo(0.7);
    }

    @Test
    void aSystemPromptIsKeptEvenWhenOlderThanEverythingTrimmed() {
        core.model().replyWith(FIVE).replyWith(FIVE);
        ConversationId id = send(null, null, new PromptMessage(Role.SYSTEM, "stay formal"), user(FIVE))
                .conversation().id();
        send(id, null, user(FIVE));
        window(32, null, null);

        send(id, new GenerationOptions(null, 8), user(FIVE));

        assertThat(core.model().lastRequest().messages()).first()
                .satisfies(m -> assertThat(m.content()).isEqualTo("stay formal"));
        assertThat(Set.copyOf(core.model().lastRequest().messages().stream().map(PromptMessage::role).toList()))
                .contains(Role.SYSTEM);
    }
}
