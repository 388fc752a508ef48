package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.user.User;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.parley.core.port.out.Transactions}; every implementation's test extends it. */
public abstract class TransactionsContract extends PersistenceContract {

    @Test
    void workThatReturnsCommitsEveryWriteAndReturnsItsValue() {
        Conversation created = store.transactions().inTransaction(() -> {
            User alice = store.users().create(newUser("alice"));
            return Fixtures.storedConversation(store, alice, "together");
        });

        assertThat(store.users().findAccountByUsername("alice")).isPresent();
        assertThat(store.conversations().findOwned(created.ownerId(), created.id())).contains(created);
    }

    @Test
    void workThatThrowsLeavesNoTraceAndTheSameExceptionEscapes() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
            store.users().create(newUser("ghost"));
            throw boom;
        })).isSameAs(boom);

        assertThat(store.users().findAccountByUsername("ghost")).isEmpty();
    }

    @Test
    void writesAreVisibleInsideTheirOwnTransaction() {
        boolean seen = store.transactions().inTransaction(() -> {
            store.users().create(newUser("alice"));
            return store.users().findAccountByUsername("alice").isPresent();
        });

        assertThat(seen).isTrue();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndRollsBackWithIt() {
        assertThatThrownBy(() -> store.transactions().run(() -> {
            store.users().create(newUser("outer"));
            store.transactions().run(() -> store.users().create(newUser("inner")));
            throw new IllegalStateException("outer fails after inner returned");
        })).hasMessageContaining("outer fails");

        assertThat(store.users().findAccountByUsername("outer")).isEmpty();
        assertThat(store.users().findAccountByUsername("inner")).isEmpty();
    }

    @Test
    void aFailedTransactionDoesNotDisturbTheNextOne() {
        assertThatThrownBy(() -> store.transactions().run(() -> {
            store.users().create(newUser("alice"));
            store.users().create(newUser("ALICE"));
        }));

        User bob = store.transactions().inTransaction(() -> store.users().create(newUser("bob")));

        assertThat(store.users().findById(bob.id())).contains(bob);
        assertThat(store.users().findAccountByUsername("alice")).isEmpty();
    }
}
