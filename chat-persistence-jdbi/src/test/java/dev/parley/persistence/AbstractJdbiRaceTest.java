package dev.parley.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.conversation.ConversationQuery;
import dev.parley.core.domain.conversation.NewConversation;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.MessageStatus;
import dev.parley.core.domain.message.NewMessage;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.user.NewUser;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserRole;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What the SQL store does beyond the port contracts when callers race, on each database it
 * supports: transaction isolation, unique constraints that settle races, and rollbacks.
 */
abstract class AbstractJdbiRaceTest extends AbstractJdbiStoreTest {

    @Test
    void uncommittedWritesStayInvisibleToOtherThreadsUntilCommit() throws Exception {
        boolean seenByOthersBeforeCommit = persistence.transactions().inTransaction(() -> {
            persistence.users().create(new NewUser("bob", "hash", T0));
            return CompletableFuture.supplyAsync(() -> persistence.users().findAccountByUsername("bob").isPresent())
                    .join();
        });

        assertThat(seenByOthersBeforeCommit).isFalse();
        assertThat(CompletableFuture.supplyAsync(() -> persistence.users().findAccountByUsername("bob").isPresent())
                .get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void callsOutsideATransactionCommitOnTheirOwn() {
        Conversation chat = conversation("kept", T0);

        try {
            persistence.transactions().run(() -> {
                persistence.messages().append(chat.id(), List.of(userMessage("rolled back")));
                throw new IllegalStateException("fail");
            });
        } catch (IllegalStateException expected) {
            // The transaction's failure must not take the earlier, separately committed write with it.
        }

        assertThat(persistence.conversations().findOwned(alice.id(), chat.id())).contains(chat);
        assertThat(persistence.messages().listByConversation(chat.id())).isEmpty();
    }

    @Test
    void racingMultiMessageAppendsOutsideTransactionsStayGaplessAndContiguous() throws Exception {
        Conversation chat = conversation("busy", T0);
        int writers = 6;
        int appendsEach = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String writer = "w" + w;
                jobs.add(pool.submit(() -> IntStream.range(0, appendsEach).forEach(i -> persistence.messages()
                        .append(chat.id(), List.of(userMessage(writer + "-" + i + "-a"), userMessage(writer + "-" + i + "-b"))))));
            }
            for (Future<?> job : jobs) {
                job.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Message> all = persistence.messages().listByConversation(chat.id());
        assertThat(all).extracting(Message::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, writers * appendsEach * 2).boxed().toList());
        for (int i = 0; i < all.size(); i += 2) {
            assertThat(all.get(i + 1).content()).isEqualTo(all.get(i).content().replace("-a", "-b"));
        }
    }

    @Test
    void racingRegistrationsOfOneNameInDifferentCasesLeaveOneWinnerAndConflicts() throws Exception {
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String name = i % 2 == 0 ? "Carol" : "cAROL";
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        persistence.users().create(new NewUser(name, "hash", T0));
                        return "created";
                    } catch (ConflictException e) {
                        return e.field() + ": " + e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).containsOnlyOnce("created")
                    .containsOnly("created", "username: Username already registered");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void racingRegistrationsOfOneEmailInDifferentCasesLeaveOneWinnerAndEmailConflicts() throws Exception {
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                NewUser racer = new NewUser("racer" + i, i % 2 == 0 ? "Dave@Example.org" : "dAVE@example.ORG", "hash",
                        UserRole.USER, T0);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        persistence.users().create(racer);
                        return "created";
                    } catch (ConflictException e) {
                        return e.field() + ": " + e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).containsOnlyOnce("created").containsOnly("created", "email: Email already registered");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEmailTakenInsideATransactionIsAConflictThatLeavesTheTransactionUsable() {
        persistence.users().create(new NewUser("erin", "erin@example.org", "hash", UserRole.USER, T0));

        User frank = persistence.transactions().inTransaction(() -> {
            try {
                persistence.users().create(new NewUser("mallory", "ERIN@example.org", "hash", UserRole.USER, T0));
            } catch (ConflictException expected) {
                // The caller chose to carry on; the store must let it.
            }
            return persistence.users().create(new NewUser("frank", "frank@example.org", "hash", UserRole.USER, T0));
        });

        assertThat(persistence.users().findById(frank.id())).contains(frank);
    }

    @Test
    void emailWithNulAndPrivateUseCharactersRoundTrips() {
        String email = "a\u0000b\uE000c@example.org";

        User odd = persistence.users().create(new NewUser("odd", email, "hash", UserRole.USER, T0));

        assertThat(persistence.users().findById(odd.id())).get().extracting(User::email).isEqualTo(email);
    }

    @Test
    void deactivatingInsideATransactionThatRollsBackLeavesTheAccountAsItWas() {
        try {
            persistence.transactions().run(() -> {
                persistence.users().deactivate(alice.id());
                throw new IllegalStateException("fail");
            });
        } catch (IllegalStateException expected) {
            // Only the rollback matters here.
        }

        assertThat(persistence.users().findById(alice.id())).contains(alice);
    }

    private Conversation conversation(String title, Instant at) {
        return persistence.conversations().create(new NewConversation(UUID.randomUUID(), alice.id(), title, "test-model", at));
    }

    private static NewMessage userMessage(String content) {
        return new NewMessage(Role.USER, content, null, null, MessageStatus.COMPLETE, T0);
    }
}
