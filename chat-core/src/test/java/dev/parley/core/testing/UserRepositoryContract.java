package dev.parley.core.testing;

import static dev.parley.core.testing.Fixtures.T0;
import static dev.parley.core.testing.Fixtures.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.common.PageRequest;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.UserRole;
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

    @Test
    void aNewUserIsActiveAtGenerationZeroWithItsRoleAndEmail() {
        User admin = store.users().create(Fixtures.newUser("root", "Root@Example.org", UserRole.ADMIN));

        assertThat(admin.role()).isEqualTo(UserRole.ADMIN);
        assertThat(admin.email()).isEqualTo("Root@Example.org");
        assertThat(admin.active()).isTrue();
        assertThat(admin.credentialGeneration()).isZero();
        assertThat(store.users().findById(admin.id())).contains(admin);
        assertThat(store.users().findAccountById(admin.id())).hasValueSatisfying(
                account -> assertThat(account.passwordHash()).isEqualTo("hash-of-root"));
    }

    @Test
    void anEmailTakenInAnotherLetterCaseIsAConflictButManyUsersMayHaveNone() {
        store.users().create(Fixtures.newUser("alice", "alice@example.org", UserRole.USER));
        store.users().create(Fixtures.newUser("bob", null, UserRole.USER));
        store.users().create(Fixtures.newUser("carol", null, UserRole.USER));

        assertThatThrownBy(() -> store.users().create(Fixtures.newUser("mallory", "ALICE@example.org", UserRole.USER)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(store.users().findAccountByUsername("mallory")).isEmpty();
    }

    @Test
    void usersAreListedOldestFirstOnePageAtATime() {
        for (String name : java.util.List.of("ann", "ben", "cat", "dan", "eve")) {
            store.users().create(newUser(name));
        }

        var second = store.users().list(new PageRequest(2, 2));

        assertThat(second.items()).extracting(User::username).containsExactly("cat", "dan");
        assertThat(second.total()).isEqualTo(5);
    }

    @Test
    void revokingLoggingOutAndDeactivatingEachMoveToANewGeneration() {
        User alice = store.users().create(newUser("alice"));

        User revoked = store.users().revokeCredentials(alice.id());
        User changed = store.users().changePassword(alice.id(), "new-hash");
        User deactivated = store.users().deactivate(alice.id());

        assertThat(revoked.credentialGeneration()).isEqualTo(1);
        assertThat(changed.credentialGeneration()).isEqualTo(2);
        assertThat(deactivated.credentialGeneration()).isEqualTo(3);
        assertThat(deactivated.active()).isFalse();
        assertThat(store.users().findAccountById(alice.id())).hasValueSatisfying(account -> {
            assertThat(account.passwordHash()).isEqualTo("new-hash");
            assertThat(account.user()).isEqualTo(deactivated);
        });
    }

    @Test
    void changingAnUnknownUserIsNotFound() {
        UserId nobody = new UserId(987_654);

        assertThatThrownBy(() -> store.users().revokeCredentials(nobody)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.users().changePassword(nobody, "h")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.users().deactivate(nobody)).isInstanceOf(NotFoundException.class);
        assertThat(store.users().delete(nobody)).isFalse();
    }

    @Test
    void deletingAUserDeletesTheirConversationsAndMessagesOnly() {
        User alice = store.users().create(newUser("alice"));
        User bob = store.users().create(newUser("bob"));
        Conversation hers = Fixtures.storedConversation(store, alice, "hers");
        Conversation his = Fixtures.storedConversation(store, bob, "his");
        store.messages().append(hers.id(), java.util.List.of(Fixtures.userMessage("mine")));
        store.messages().append(his.id(), java.util.List.of(Fixtures.userMessage("his")));

        assertThat(store.users().delete(alice.id())).isTrue();

        assertThat(store.users().findById(alice.id())).isEmpty();
        assertThat(store.users().findAccountByUsername("alice")).isEmpty();
        assertThat(store.conversations().findOwned(alice.id(), hers.id())).isEmpty();
        assertThat(store.messages().listByConversation(hers.id())).isEmpty();
        assertThat(store.messages().listByConversation(his.id())).hasSize(1);
        assertThat(store.users().create(newUser("alice")).id()).isNotEqualTo(alice.id());
    }
}
