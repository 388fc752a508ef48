package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageTotal;
import dev.parley.core.domain.usage.UserUsageTotal;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.CreateAdminCommand;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.testing.TestCore;
import dev.parley.core.testing.WordTokenCounter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token usage: stored with each reply, counted when the provider gives none, totalled per day, model and user. */
class UsageAccountingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    private TestCore core;
    private User alice;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        alice = core.register("alice");
    }

    private Turn send(User user, String model, String text) {
        return core.useCases().sendMessage().send(new SendMessageCommand(user.id(), null, model,
                List.of(new PromptMessage(Role.USER, text)), null, true), token -> { }, new CancellationSignal());
    }

    private List<UsageTotal> usageOf(User user) {
        return core.useCases().usage().usageOf(user.id(), new UsageQuery(DAY, DAY.plusDays(1)));
    }

    @Test
    void usageTheProviderReportsIsStoredAsReportedAndTotalledPerDayAndModel() {
        core.model().replyWith(List.of("a"), new TokenUsage(11, 3)).replyWith(List.of("b"), new TokenUsage(5, 2))
                .replyWith(List.of("c"), new TokenUsage(7, 1));

        Turn first = send(alice, null, "one");
        send(alice, null, "two");
        core.clock().advance(Duration.ofDays(1));
        send(alice, TestCore.OTHER_MODEL, "three");

        assertThat(first.reply().usage()).isEqualTo(new TokenUsage(11, 3));
        assertThat(first.reply().request().usageEstimated()).isFalse();
        assertThat(usageOf(alice)).containsExactly(
                new UsageTotal(DAY, TestCore.DEFAULT_MODEL, 16, 5, 2),
                new UsageTotal(DAY.plusDays(1), TestCore.OTHER_MODEL, 7, 1, 1));
    }

    @Test
    void whenTheProviderReportsNoUsageItIsCountedWithTheTokenizerAndMarkedEstimated() {
        core.model().replyWithoutUsage("three", " little", " words");

        Turn turn = send(alice, null, "count these four");

        int prompt = WordTokenCounter.PER_MESSAGE + 3;
        assertThat(turn.reply().usage()).isEqualTo(new TokenUsage(prompt, 3));
        assertThat(turn.reply().request().usageEstimated()).isTrue();
        assertThat(turn.reply().request().promptTokens()).isEqualTo(prompt);
        assertThat(usageOf(alice)).containsExactly(new UsageTotal(DAY, TestCore.DEFAULT_MODEL, prompt, 3, 1));
    }

    @Test
    void aPartialReplyIsChargedForWhatArrivedAndAReplyThatNeverStartedForNothing() {
        core.model().failAfter(new ProviderException(Kind.UNAVAILABLE, "scripted", 503, "down"), "two", " words");
        core.model().failNextWith(new ProviderException(Kind.REJECTED, "scripted", 400, "no"));

        assertThatThrownBy(() -> send(alice, null, "hi")).isInstanceOf(ProviderException.class);
        assertThatThrownBy(() -> send(alice, null, "hi again")).isInstanceOf(ProviderException.class);

        assertThat(usageOf(alice)).containsExactly(
                new UsageTotal(DAY, TestCore.DEFAULT_MODEL, WordTokenCounter.PER_MESSAGE + 1, 2, 1));
    }

    @Test
    void usageOutlivesTheConversationItCameFrom() {
        core.model().replyWith(List.of("a"), new TokenUsage(10, 1));
        Turn turn = send(alice, null, "one");

        core.useCases().deleteConversation().delete(new ConversationCommand(alice.id(), turn.conversation().id()));

        assertThat(usageOf(alice)).extracting(UsageTotal::totalTokens).containsExactly(11L);
    }

    @Test
    void eachUserSeesOnlyTheirOwnUsageAndAdminsSeeEveryonesByUser() {
        User bob = core.register("bob");
        core.useCases().createAdmin().ensureAdmin(new CreateAdminCommand("root", TestCore.PASSWORD));
        User admin = core.ports().users().findAccountByUsername("root").orElseThrow().user();
        core.model().replyWith(List.of("a"), new TokenUsage(10, 1)).replyWith(List.of("b"), new TokenUsage(20, 2));
        send(alice, null, "one");
        send(bob, null, "two");
        UsageQuery range = new UsageQuery(DAY, DAY);

        assertThat(usageOf(bob)).extracting(UsageTotal::totalTokens).containsExactly(22L);
        assertThat(core.useCases().usage().usageByUser(admin.id(), range)).containsExactly(
                new UserUsageTotal(alice.id(), "alice", 10, 1, 1), new UserUsageTotal(bob.id(), "bob", 20, 2, 1));
        assertThatThrownBy(() -> core.useCases().usage().usageByUser(alice.id(), range))
                .isInstanceOf(ForbiddenException.class);
    }
}
