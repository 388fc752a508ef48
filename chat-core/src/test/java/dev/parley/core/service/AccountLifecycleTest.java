package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserRole;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.ChangePasswordCommand;
import dev.parley.core.port.in.ConversationCommand;
import dev.parley.core.port.in.CreateAdminCommand;
import dev.parley.core.port.in.DeactivateUserCommand;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.ListUsersCommand;
import dev.parley.core.port.in.RegisterUserCommand;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageCommand;
import dev.parley.core.port.in.Turn;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.port.in.UserCommand;
import dev.parley.core.testing.TestCore;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountLifecycleTest {

    private TestCore core;
    private UseCases api;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        api = core.useCases();
    }

    private User whoIs(String token) {
        return api.authenticate().authenticate(new AuthenticateCommand(token));
    }

    private String login(String username, String password) {
        return api.issueToken().issue(new IssueTokenCommand(username, password)).value();
    }

    private String admin() {
        assertThat(api.createAdmin().ensureAdmin(new CreateAdminCommand("root", "root password 1"))).isTrue();
        return login("root", "root password 1");
    }

    @Test
    void loggingOutRevokesEveryTokenTheUserHoldsAndLoggingInAgainWorks() {
        String first = core.tokenFor("alice");
        String second = login("alice", TestCore.PASSWORD);

        api.logOut().logOut(new UserCommand(whoIs(first).id()));

        assertThatThrownBy(() -> whoIs(first)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> whoIs(second)).isInstanceOf(AuthenticationException.class);
        assertThat(whoIs(login("alice", TestCore.PASSWORD)).username()).isEqualTo("alice");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndRevokesOlderTokens() {
        String token = core.tokenFor("alice");
        User alice = whoIs(token);

        assertThatThrownBy(() -> api.changePassword().changePassword(
                new ChangePasswordCommand(alice.id(), "wrong password", "brand new password")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("current_password"));
        assertThat(whoIs(token)).isEqualTo(alice);

        api.changePassword().changePassword(new ChangePasswordCommand(alice.id(), TestCore.PASSWORD, "brand new password"));

        assertThatThrownBy(() -> whoIs(token)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> login("alice", TestCore.PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThat(whoIs(login("alice", "brand new password")).id()).isEqualTo(alice.id());
    }

    @Test
    void aNewPasswordMustFollowTheRules() {
        User alice = core.register("alice");

        assertThatThrownBy(() -> api.changePassword().changePassword(
                new ChangePasswordCommand(alice.id(), TestCore.PASSWORD, "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void deletingAnAccountTakesItsConversationsAndEndsItsTokens() {
        String token = core.tokenFor("alice");
        User alice = whoIs(token);
        Turn turn = api.sendMessage().send(new SendMessageCommand(alice.id(), null, null,
                List.of(new PromptMessage(Role.USER, "hello")), null, true), ReplyObserver.IGNORE, new CancellationSignal());

        api.deleteAccount().deleteAccount(new UserCommand(alice.id()));

        assertThatThrownBy(() -> whoIs(token)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> api.getConversation().get(new ConversationCommand(alice.id(), turn.conversation().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(core.register("alice").id()).isNotEqualTo(alice.id());
    }

    @Test
    void anAdminDeactivatesAUserWhoseTokensAndPasswordStopWorking() {
        String rootToken = admin();
        String aliceToken = core.tokenFor("alice");

        User deactivated = api.deactivateUser().deactivate(new DeactivateUserCommand(whoIs(rootToken).id(), "ALICE"));

        assertThat(deactivated.active()).isFalse();
        assertThatThrownBy(() -> whoIs(aliceToken)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> login("alice", TestCore.PASSWORD)).isInstanceOf(AuthenticationException.class)
                .hasMessage(IssueTokenService.INVALID);
    }

    @Test
    void onlyActiveAdminsMayDeactivateOrListUsersAndNotThemselves() {
        String rootToken = admin();
        User alice = whoIs(core.tokenFor("alice"));
        core.register("bob");
        User root = whoIs(rootToken);

        assertThatThrownBy(() -> api.deactivateUser().deactivate(new DeactivateUserCommand(alice.id(), "bob")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> api.listUsers().list(new ListUsersCommand(alice.id(), 1, 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> api.deactivateUser().deactivate(new DeactivateUserCommand(root.id(), "nobody")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> api.deactivateUser().deactivate(new DeactivateUserCommand(root.id(), "root")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(api.listUsers().list(new ListUsersCommand(root.id(), 1, 10)).items())
                .extracting(User::username).containsExactly("root", "alice", "bob");
    }

    @Test
    void theFirstAdminIsCreatedOnceAndAnExistingAccountIsNeverTouched() {
        core.register("alice");

        boolean createdRoot = api.createAdmin().ensureAdmin(new CreateAdminCommand("root", "root password 1"));
        boolean createdAgain = api.createAdmin().ensureAdmin(new CreateAdminCommand("ROOT", "another password"));
        boolean promotedAlice = api.createAdmin().ensureAdmin(new CreateAdminCommand("alice", "takeover password"));

        assertThat(createdRoot).isTrue();
        assertThat(createdAgain).isFalse();
        assertThat(promotedAlice).isFalse();
        assertThat(whoIs(login("root", "root password 1")).role()).isEqualTo(UserRole.ADMIN);
        assertThat(whoIs(login("alice", TestCore.PASSWORD)).role()).isEqualTo(UserRole.USER);
        assertThatThrownBy(() -> login("alice", "takeover password")).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void anEmailIsOptionalValidatedAndUnique() {
        User withMail = api.registerUser().register(new RegisterUserCommand("alice", " alice@example.org ", "long password 1"));

        assertThat(withMail.email()).isEqualTo("alice@example.org");
        assertThatThrownBy(() -> api.registerUser().register(new RegisterUserCommand("bob", "Alice@Example.org", "long password 1")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        for (String bad : List.of("not-an-address", "a@b", "nul\u0000@example.org", "two@@example.org", "sp ace@example.org")) {
            assertThatThrownBy(() -> api.registerUser().register(new RegisterUserCommand("carol", bad, "long password 1")))
                    .as(bad).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        }
        assertThat(api.registerUser().register(new RegisterUserCommand("dave", "", "long password 1")).email()).isNull();
    }
}
