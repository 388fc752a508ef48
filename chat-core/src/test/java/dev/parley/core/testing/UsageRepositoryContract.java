package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.assistantMessage;
import static dev.parley.core.testing.Fixtures.storedConversation;
import static dev.parley.core.testing.Fixtures.storedUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.usage.UsageQuery;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.usage.UsageTotal;
import dev.parley.core.domain.usage.UserUsageTotal;
import dev.parley.core.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.parley.core.port.out.UsageRepository}; every implementation's test extends it. */
public abstract class UsageRepositoryContract extends PersistenceContract {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    private final AtomicLong messageIds = new AtomicLong();
    private User alice;
    private User bob;

    @BeforeEach
    void storeFixtures() {
        alice = storedUser(store, "alice");
        bob = storedUser(store, "bob");
    }

    @Test
    void aUserWhoSpentNothingHasNoTotals() {
        record(bob, "test-model", noonOf(DAY), 5, 6);

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY))).isEmpty();
        assertThat(store.usage().totalsByUser(days(DAY.plusDays(1), DAY.plusDays(9)))).isEmpty();
    }

    @Test
    void totalsAreSummedPerDayAndModelAndOrderedByDayThenModel() {
        LocalDate next = DAY.plusDays(1);
        record(alice, "zeta", noonOf(next), 10, 1);
        record(alice, "alpha", noonOf(DAY), 5, 2);
        record(alice, "zeta", noonOf(DAY).plusSeconds(60), 7, 3);
        record(alice, "alpha", noonOf(DAY).plusSeconds(120), 6, 4);
        record(alice, "alpha", noonOf(next).minusSeconds(60), 1, 1);

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, next))).containsExactly(
                new UsageTotal(DAY, "alpha", 11, 6, 2),
                new UsageTotal(DAY, "zeta", 7, 3, 1),
                new UsageTotal(next, "alpha", 1, 1, 1),
                new UsageTotal(next, "zeta", 10, 1, 1));
    }

    @Test
    void manyDaysModelsAndUsersRecordedInNoParticularOrderComeBackInOrder() {
        List<String> models = List.of("m-a", "m-b", "m-c", "m-d");
        List<User> users = new ArrayList<>(List.of(alice, bob));
        for (String name : List.of("erin", "carol", "frank", "dave")) {
            users.add(storedUser(store, name));
        }
        List<Runnable> records = new ArrayList<>();
        for (int day = 0; day < 20; day++) {
            for (String model : models) {
                Instant at = noonOf(DAY.plusDays(day));
                records.add(() -> record(alice, model, at, 1, 1));
            }
        }
        users.forEach(user -> records.add(() -> record(user, "m-a", noonOf(DAY), 1, 1)));
        Collections.shuffle(records, new Random(42));
        records.forEach(Runnable::run);

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY.plusDays(19))))
                .extracting(total -> total.day() + " " + total.model())
                .isSorted()
                .hasSize(80);
        assertThat(store.usage().totalsByUser(days(DAY, DAY)))
                .extracting(UserUsageTotal::username)
                .containsExactly("alice", "bob", "carol", "dave", "erin", "frank");
    }

    @Test
    void daysAreUtcDaysSplitExactlyAtMidnight() {
        Instant lastMoment = DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1_000);
        Instant nextMidnight = DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        record(alice, "test-model", lastMoment, 1, 10);
        record(alice, "test-model", nextMidnight, 2, 20);

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY.plusDays(1)))).containsExactly(
                new UsageTotal(DAY, "test-model", 1, 10, 1),
                new UsageTotal(DAY.plusDays(1), "test-model", 2, 20, 1));
        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY)))
                .containsExactly(new UsageTotal(DAY, "test-model", 1, 10, 1));
        assertThat(store.usage().totalsByUser(days(DAY.plusDays(1), DAY.plusDays(1))))
                .containsExactly(new UserUsageTotal(alice.id(), "alice", 2, 20, 1));
    }

    @Test
    void theRangeIncludesBothEndDaysAndNothingBeyond() {
        for (int day = 0; day < 5; day++) {
            record(alice, "test-model", noonOf(DAY.plusDays(day)), day + 1, 0);
        }

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY.plusDays(1), DAY.plusDays(3))))
                .extracting(UsageTotal::day, UsageTotal::promptTokens)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DAY.plusDays(1), 2L),
                        org.assertj.core.groups.Tuple.tuple(DAY.plusDays(2), 3L),
                        org.assertj.core.groups.Tuple.tuple(DAY.plusDays(3), 4L));
        assertThat(store.usage().totalsByUser(days(DAY.plusDays(1), DAY.plusDays(3))))
                .containsExactly(new UserUsageTotal(alice.id(), "alice", 9, 0, 3));
    }

    @Test
    void anotherUsersUsageIsNotCounted() {
        record(alice, "test-model", noonOf(DAY), 1, 2);
        record(bob, "test-model", noonOf(DAY), 100, 200);

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY)))
                .containsExactly(new UsageTotal(DAY, "test-model", 1, 2, 1));
    }

    @Test
    void everyUsersTotalsOverTheRangeComeByUsernameWithOnlyThoseWhoSpentAnything() {
        User carol = storedUser(store, "carol");
        storedUser(store, "dave");
        record(carol, "test-model", noonOf(DAY), 3, 4);
        record(alice, "test-model", noonOf(DAY), 1, 2);
        record(alice, "other-model", noonOf(DAY.plusDays(1)), 10, 20);
        record(alice, "test-model", noonOf(DAY.plusDays(2)), 1_000, 1_000);
        record(bob, "test-model", noonOf(DAY.minusDays(1)), 1_000, 1_000);

        assertThat(store.usage().totalsByUser(days(DAY, DAY.plusDays(1)))).containsExactly(
                new UserUsageTotal(alice.id(), "alice", 11, 22, 2),
                new UserUsageTotal(carol.id(), "carol", 3, 4, 1));
    }

    @Test
    void namesAreOrderedAsJavaOrdersStringsWhateverTheDatabaseCollation() {
        User zoe = storedUser(store, "Zoe");
        record(alice, "gpt-4o", noonOf(DAY), 1, 1);
        record(alice, "Llama-3", noonOf(DAY), 1, 1);
        record(zoe, "gpt-4o", noonOf(DAY), 1, 1);

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY)))
                .extracting(UsageTotal::model).containsExactly("Llama-3", "gpt-4o");
        assertThat(store.usage().totalsByUser(days(DAY, DAY)))
                .extracting(UserUsageTotal::username).containsExactly("Zoe", "alice");
    }

    @Test
    void sumsBeyondTheRangeOfAnIntAreExact() {
        for (int i = 0; i < 3; i++) {
            record(alice, "test-model", noonOf(DAY), 1_500_000_000, 1_000_000_000);
        }

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY)))
                .containsExactly(new UsageTotal(DAY, "test-model", 4_500_000_000L, 3_000_000_000L, 3));
        assertThat(store.usage().totalsByUser(days(DAY, DAY)))
                .containsExactly(new UserUsageTotal(alice.id(), "alice", 4_500_000_000L, 3_000_000_000L, 3));
    }

    @Test
    void recordsOutliveTheConversationTheyCameFrom() {
        Conversation chat = storedConversation(store, alice, "chat");
        Message reply = store.messages().append(chat.id(), List.of(assistantMessage("hi", "test-model",
                new TokenUsage(7, 8), MessageStatus.COMPLETE))).getFirst();
        store.usage().record(new UsageRecord(alice.id(), chat.id(), reply.id(), "test-model", "scripted",
                new TokenUsage(7, 8), false, noonOf(DAY)));

        assertThat(store.conversations().deleteOwned(alice.id(), chat.id())).isTrue();

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY)))
                .containsExactly(new UsageTotal(DAY, "test-model", 7, 8, 1));
    }

    @Test
    void tokensSpentOutsideAnyConversationAreCountedToo() {
        store.usage().record(new UsageRecord(alice.id(), null, null, "test-model", "scripted",
                new TokenUsage(3, 4), true, noonOf(DAY)));

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY)))
                .containsExactly(new UsageTotal(DAY, "test-model", 3, 4, 1));
    }

    @Test
    void deletingAnAccountTakesItsRecordsWithIt() {
        record(alice, "test-model", noonOf(DAY), 1, 2);
        record(bob, "test-model", noonOf(DAY), 3, 4);

        assertThat(store.users().delete(alice.id())).isTrue();

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY))).isEmpty();
        assertThat(store.usage().totalsByUser(days(DAY, DAY)))
                .containsExactly(new UserUsageTotal(bob.id(), "bob", 3, 4, 1));
    }

    @Test
    void aRecordMadeInATransactionThatFailsIsNotKept() {
        assertThatThrownBy(() -> store.transactions().run(() -> {
            record(alice, "test-model", noonOf(DAY), 1, 2);
            throw new IllegalStateException("the reply could not be saved");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.usage().totalsForUser(alice.id(), days(DAY, DAY))).isEmpty();
    }

    @Test
    void recordsMadeFromManyThreadsAtOnceAreAllCounted() throws Exception {
        int threads = 8;
        int recordsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                User user = t % 2 == 0 ? alice : bob;
                jobs.add(() -> {
                    for (int i = 0; i < recordsEach; i++) {
                        record(user, "test-model", noonOf(DAY).plus(Duration.ofMillis(i)), 1, 2);
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

        long each = threads / 2 * recordsEach;
        assertThat(store.usage().totalsByUser(days(DAY, DAY))).containsExactly(
                new UserUsageTotal(alice.id(), "alice", each, 2 * each, each),
                new UserUsageTotal(bob.id(), "bob", each, 2 * each, each));
    }

    private void record(User user, String model, Instant at, int prompt, int completion) {
        store.usage().record(new UsageRecord(user.id(), new ConversationId(1), new MessageId(messageIds.incrementAndGet()),
                model, "scripted", new TokenUsage(prompt, completion), false, at));
    }

    private static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static UsageQuery days(LocalDate from, LocalDate to) {
        return new UsageQuery(from, to);
    }
}
