package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.T0;
import static dev.parley.core.testing.Fixtures.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.parley.core.port.out.UserRepository}; every implementation's test extends it. */
public abstract class UserRepositoryContract extends PersistenceContract {

    @Test
    void createdUserGetsAnIdAndReadsBackUnchanged() {
        User alice = store.users().create(newUser("alice"));

        assertThat(alice.id().value()).isPositive();
        assertThat(alice.username()).isEqualTo("alice");
        assertThat(alice.createdAt()).isEqualTo(T0);
        assertThat(store.users().findById(alice.id())).contains(alice);
    }

    @Test
    void eachUserGetsADistinctId() {
        User alice = store.users().create(newUser("alice"));
        User bob = store.users().create(newUser("bob"));

        assertThat(alice.id()).isNotEqualTo(bob.id());
        assertThat(store.users().findById(bob.id())).contains(bob);
    }

    @Test
    void accountIsFoundByUsernameInAnyLetterCaseWithItsHash() {
        User alice = store.users().create(newUser("Alice"));

        assertThat(store.users().findAccountByUsername("aLICE")).hasValueSatisfying(account -> {
            assertThat(account.user()).isEqualTo(alice);
            assertThat(account.passwordHash()).isEqualTo("hash-of-Alice");
        });
    }

    @Test
    void usernameTakenInAnotherLetterCaseIsAConflict() {
        store.users().create(newUser("alice"));

        assertThatThrownBy(() -> store.users().create(newUser("ALICE")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(store.users().findAccountByUsername("alice")).hasValueSatisfying(
                account -> assertThat(account.user().username()).isEqualTo("alice"));
    }

    @Test
    void unknownUsersAreEmpty() {
        store.users().create(newUser("alice"));

        assertThat(store.users().findById(new UserId(987_654))).isEmpty();
        assertThat(store.users().findAccountByUsername("nobody")).isEmpty();
    }
}
