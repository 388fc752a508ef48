package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.core.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A model's catalog fallbacks answer when it is unavailable before its first token, and only then. */
class FallbackTest {

    private TestCore core;
    private User alice;
    private final ScriptedChatModel backup = new ScriptedChatModel();

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
        core.catalog().put(new ModelBinding(new ModelDescriptor("backup", "other-provider", "up-backup"), backup));
        core.catalog().profile(TestCore.DEFAULT_MODEL, new ModelProfile(null, null, null, List.of("primary"),
                List.of("missing-model", "backup"), ModelProfile.UNKNOWN.capabilities()));
    }

    private Turn send(String model, List<String> tokens) {
        return core.useCases().sendMessage().send(new SendMessageCommand(alice.id(), null, model,
                List.of(new PromptMessage(Role.USER, "hello there")), null, true), tokens::add, new CancellationSignal());
    }

    private List<Message> storedMessages() {
        return core.useCases().getConversation().get(new ConversationCommand(alice.id(), lastConversation()))
                .messages();
    }

    private dev.parley.core.domain.conversation.ConversationId lastConversation() {
        return core.useCases().listConversations().list(new dev.parley.core.port.in.ListConversationsCommand(
                alice.id(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), 1, 1))
                .items().getFirst().conversation().id();
    }

    @Test
    void anUnavailablePrimaryHandsTheReplyToItsFallbackAndTheStoredReplySaysWhoAnswered() {
        core.model().failNextWith(new ProviderException(Kind.UNAVAILABLE, "scripted", 503, "down"));
        backup.replyWith("from", " backup");
        List<String> tokens = new ArrayList<>();

        Turn turn = send(null, tokens);

        assertThat(tokens).containsExactly("from", " backup");
        assertThat(turn.reply().model()).isEqualTo("backup");
        assertThat(turn.reply().status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(turn.reply().request().requestedModel()).isEqualTo(TestCore.DEFAULT_MODEL);
        assertThat(turn.reply().request().provider()).isEqualTo("other-provider");
        assertThat(turn.reply().request().upstreamModel()).isEqualTo("up-backup");
        assertThat(turn.conversation().model()).isEqualTo(TestCore.DEFAULT_MODEL);
        assertThat(backup.lastRequest().upstreamModel()).isEqualTo("up-backup");
        assertThat(backup.lastRequest().messages()).extracting(PromptMessage::content).containsExactly("hello there");
    }

    @Test
    void rateLimitsAndTimeoutsAlsoMoveToTheFallbackAndAnAliasPicksTheModel() {
        core.model().failNextWith(new ProviderException(Kind.RATE_LIMITED, "scripted", 429, "slow down"));
        backup.replyWith("ok");

        Turn turn = send("primary", new ArrayList<>());

        assertThat(turn.reply().model()).isEqualTo("backup");
        assertThat(turn.conversation().model()).isEqualTo(TestCore.DEFAULT_MODEL);
    }

    @Test
    void aRefusedRequestIsNotRetriedElsewhere() {
        ProviderException refused = new ProviderException(Kind.REJECTED, "scripted", 400, "bad request");
        core.model().failNextWith(refused);

        assertThatThrownBy(() -> send(null, new ArrayList<>())).isSameAs(refused);

        assertThat(backup.requests()).isEmpty();
        assertThat(storedMessages().getLast().status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void aFailureAfterTheFirstTokenIsNotHandedToTheFallback() {
        ProviderException down = new ProviderException(Kind.UNAVAILABLE, "scripted", 503, "down");
        core.model().failAfter(down, "half");

        assertThatThrownBy(() -> send(null, new ArrayList<>())).isSameAs(down);

        assertThat(backup.requests()).isEmpty();
        assertThat(storedMessages().getLast()).extracting(Message::content, Message::status)
                .containsExactly("half", MessageStatus.PARTIAL);
    }

    @Test
    void whenEveryCandidateIsUnavailableTheLastFailureIsReportedAndStored() {
        core.model().failNextWith(new ProviderException(Kind.UNAVAILABLE, "scripted", 503, "primary down"));
        ProviderException last = new ProviderException(Kind.TIMEOUT, "other-provider", 0, "backup slow");
        backup.failNextWith(last);

        assertThatThrownBy(() -> send(null, new ArrayList<>())).isSameAs(last);

        Message stored = storedMessages().getLast();
        assertThat(stored.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(stored.model()).isEqualTo("backup");
        assertThat(stored.request().error()).isEqualTo("backup slow");
    }

    @Test
    void aFallbackWhoseWindowCannotHoldTheTurnIsSkipped() {
        core.catalog().profile("backup", new ModelProfile(16, 12, null, List.of(), List.of(),
                ModelProfile.UNKNOWN.capabilities()));
        ProviderException down = new ProviderException(Kind.UNAVAILABLE, "scripted", 503, "down");
        core.model().failNextWith(down);

        assertThatThrownBy(() -> send(null, new ArrayList<>())).isSameAs(down);

        assertThat(backup.requests()).isEmpty();
    }
}
