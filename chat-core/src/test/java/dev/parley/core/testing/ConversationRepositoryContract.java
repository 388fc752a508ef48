package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.T0;
import static dev.parley.core.testing.Fixtures.newConversation;
import static dev.parley.core.testing.Fixtures.storedConversation;
import static dev.parley.core.testing.Fixtures.storedUser;
import static dev.parley.core.testing.Fixtures.userMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.conversation.ConversationQuery;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.parley.core.port.out.ConversationRepository}; every implementation's test extends it. */
public abstract class ConversationRepositoryContract extends PersistenceContract {

    private User alice;
    private User bob;

    @BeforeEach
    void storeFixtures() {
        alice = storedUser(store, "alice");
        bob = storedUser(store, "bob");
    }

    @Test
    void createdConversationReadsBackWithEveryFieldAndEqualTimestamps() {
        Conversation created = store.conversations().create(newConversation(alice, "Plans", "test-model", T0));

        assertThat(created.id().value()).isPositive();
        assertThat(created.title()).isEqualTo("Plans");
        assertThat(created.model()).isEqualTo("test-model");
        assertThat(created.ownerId()).isEqualTo(alice.id());
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.updatedAt()).isEqualTo(T0);
        assertThat(store.conversations().findOwned(alice.id(), created.id())).contains(created);
        assertThat(store.conversations().findOwnedByUuid(alice.id(), created.uuid())).contains(created);
    }

    @Test
    void anotherUsersConversationIsNotFoundByIdOrUuid() {
        Conversation mine = storedConversation(store, alice, "mine");

        assertThat(store.conversations().findOwned(bob.id(), mine.id())).isEmpty();
        assertThat(store.conversations().findOwnedByUuid(bob.id(), mine.uuid())).isEmpty();
        assertThat(store.conversations().findOwned(alice.id(), new ConversationId(987_654))).isEmpty();
        assertThat(store.conversations().findOwnedByUuid(alice.id(), new UUID(7, 7))).isEmpty();
    }

    @Test
    void updateSavesTitleModelAndUpdateTimeOnly() {
        Conversation created = storedConversation(store, alice, "old");
        Conversation changed = new Conversation(created.id(), new UUID(1, 1), created.ownerId(), "new",
                "other-model", T0.plusSeconds(3600), T0.plusSeconds(60));

        Conversation updated = store.conversations().update(changed);

        assertThat(updated.title()).isEqualTo("new");
        assertThat(updated.model()).isEqualTo("other-model");
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(updated.uuid()).isEqualTo(created.uuid());
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(store.conversations().findOwned(alice.id(), created.id())).contains(updated);
    }

    @Test
    void updateOnBehalfOfAnotherOwnerIsNotFoundAndChangesNothing() {
        Conversation mine = storedConversation(store, alice, "mine");
        Conversation hijack = new Conversation(mine.id(), mine.uuid(), bob.id(), "stolen", "x", T0, T0);

        assertThatThrownBy(() -> store.conversations().update(hijack)).isInstanceOf(NotFoundException.class);
        assertThat(store.conversations().findOwned(alice.id(), mine.id())).contains(mine);
    }

    @Test
    void lockingFindsOnlyTheOwnersConversation() {
        Conversation mine = storedConversation(store, alice, "mine");

        assertThat(store.transactions().inTransaction(() -> store.conversations().lockOwned(alice.id(), mine.id())))
                .contains(mine);
        assertThat(store.transactions().inTransaction(() -> store.conversations().lockOwned(bob.id(), mine.id())))
                .isEmpty();
        assertThat(store.conversations().lockOwned(alice.id(), mine.id())).contains(mine);
    }

    @Test
    void racingReadModifyWritesUnderTheLockLoseNoChange() throws Exception {
        Conversation shared = storedConversation(store, alice, "");
        int writers = 4;
        int changesEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                jobs.add(() -> {
                    for (int i = 0; i < changesEach; i++) {
                        store.transactions().run(() -> {
                            Conversation current = store.conversations().lockOwned(alice.id(), shared.id()).orElseThrow();
                            store.conversations().update(current.withTitle(current.title() + "x", current.updatedAt()));
                        });
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

        assertThat(store.conversations().findOwned(alice.id(), shared.id()).orElseThrow().title())
                .hasSize(writers * changesEach);
    }

    @Test
    void deleteRemovesTheConversationAndItsMessages() {
        Conversation doomed = storedConversation(store, alice, "doomed");
        store.messages().append(doomed.id(), List.of(userMessage("hello")));

        assertThat(store.conversations().deleteOwned(alice.id(), doomed.id())).isTrue();

        assertThat(store.conversations().findOwned(alice.id(), doomed.id())).isEmpty();
        assertThat(store.messages().listByConversation(doomed.id())).isEmpty();
        assertThat(store.conversations().deleteOwned(alice.id(), doomed.id())).isFalse();
    }

    @Test
    void deletingAnotherUsersConversationDoesNothing() {
        Conversation mine = storedConversation(store, alice, "mine");

        assertThat(store.conversations().deleteOwned(bob.id(), mine.id())).isFalse();
        assertThat(store.conversations().findOwned(alice.id(), mine.id())).contains(mine);
    }

    @Test
    void searchListsOnlyTheOwnersConversationsNewestUpdateFirstThenNewestId() {
        Conversation first = storedConversation(store, alice, "first");
        Conversation second = storedConversation(store, alice, "second");
        Conversation third = storedConversation(store, alice, "third");
        storedConversation(store, bob, "bob's");
        store.conversations().update(first.touchedAt(T0.plusSeconds(10)));

        Page<Conversation> page = store.conversations().search(ConversationQuery.all(alice.id(), new PageRequest(1, 10)));

        assertThat(page.items()).extracting(Conversation::title).containsExactly("first", "third", "second");
        assertThat(page.total()).isEqualTo(3);
        assertThat(second.id()).isNotEqualTo(third.id());
    }

    @Test
    void searchPagesThroughResultsWithTheTotalOnEveryPage() {
        for (int i = 1; i <= 5; i++) {
            store.conversations().create(newConversation(alice, "c" + i, "test-model", T0.plusSeconds(i)));
        }

        Page<Conversation> page2 = store.conversations().search(ConversationQuery.all(alice.id(), new PageRequest(2, 2)));
        Page<Conversation> page3 = store.conversations().search(ConversationQuery.all(alice.id(), new PageRequest(3, 2)));
        Page<Conversation> page4 = store.conversations().search(ConversationQuery.all(alice.id(), new PageRequest(4, 2)));

        assertThat(page2.items()).extracting(Conversation::title).containsExactly("c3", "c2");
        assertThat(page3.items()).extracting(Conversation::title).containsExactly("c1");
        assertThat(page4.items()).isEmpty();
        assertThat(List.of(page2.total(), page3.total(), page4.total())).containsOnly(5L);
    }

    @Test
    void searchFiltersByModelAndByAnInclusiveCreationRange() {
        for (int day = 0; day < 4; day++) {
            String model = day % 2 == 0 ? "even-model" : "odd-model";
            store.conversations().create(newConversation(alice, "day" + day, model, T0.plus(Duration.ofDays(day))));
        }
        PageRequest all = new PageRequest(1, 100);

        Page<Conversation> even = store.conversations().search(new ConversationQuery(alice.id(),
                Optional.empty(), Optional.empty(), Optional.of("even-model"), all));
        Page<Conversation> middle = store.conversations().search(new ConversationQuery(alice.id(),
                Optional.of(T0.plus(Duration.ofDays(1))), Optional.of(T0.plus(Duration.ofDays(2))), Optional.empty(), all));
        Page<Conversation> fromDay2Odd = store.conversations().search(new ConversationQuery(alice.id(),
                Optional.of(T0.plus(Duration.ofDays(2))), Optional.empty(), Optional.of("odd-model"), all));

        assertThat(even.items()).extracting(Conversation::title).containsExactly("day2", "day0");
        assertThat(middle.items()).extracting(Conversation::title).containsExactly("day2", "day1");
        assertThat(fromDay2Odd.items()).extracting(Conversation::title).containsExactly("day3");
        assertThat(fromDay2Odd.total()).isEqualTo(1);
    }
}
