package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.error.ConflictException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.user.AccessToken;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.RegisterUserCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.testing.TestCore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountServicesTest {

    private TestCore core;
    private UseCases api;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        api = core.useCases();
    }

    @Test
    void aRegisteredUserLogsInAndTheTokenStandsForThem() {
        User alice = api.registerUser().register(new RegisterUserCommand(" alice ", "correct horse battery"));

        AccessToken token = api.issueToken().issue(new IssueTokenCommand("ALICE", "correct horse battery"));

        assertThat(alice.username()).isEqualTo("alice");
        assertThat(api.authenticate().authenticate(new AuthenticateCommand(token.value()))).isEqualTo(alice);
    }

    @Test
    void aUsernameTakenInAnyLetterCaseIsAConflict() {
        core.register("alice");

        assertThatThrownBy(() -> api.registerUser().register(new RegisterUserCommand("Alice", "another password")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void badUsernamesAndPasswordsAreInvalid() {
        String[][] bad = {{"ab", "long enough pw"}, {"has space", "long enough pw"}, {null, "long enough pw"},
                {"valid_name", "short"}, {"valid_name", "x".repeat(129)}, {"valid_name", null}};
        for (String[] attempt : bad) {
            assertThatThrownBy(() -> api.registerUser().register(new RegisterUserCommand(attempt[0], attempt[1])))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserReadTheSame() {
        core.register("alice");

        Throwable wrongPassword = org.assertj.core.api.Assertions.catchThrowable(
                () -> api.issueToken().issue(new IssueTokenCommand("alice", "wrong password")));
        Throwable unknownUser = org.assertj.core.api.Assertions.catchThrowable(
                () -> api.issueToken().issue(new IssueTokenCommand("mallory", "wrong password")));

        assertThat(wrongPassword).isInstanceOf(AuthenticationException.class);
        assertThat(unknownUser).isInstanceOf(AuthenticationException.class).hasMessage(wrongPassword.getMessage());
    }

    @Test
    void missingForgedAndExpiredTokensAreRefused() {
        String token = core.tokenFor("alice");

        assertThatThrownBy(() -> api.authenticate().authenticate(new AuthenticateCommand(null)))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> api.authenticate().authenticate(new AuthenticateCommand("forged")))
                .isInstanceOf(AuthenticationException.class);
        core.clock().advance(java.time.Duration.ofHours(1));
        assertThatThrownBy(() -> api.authenticate().authenticate(new AuthenticateCommand(token)))
                .isInstanceOf(AuthenticationException.class);
    }
}
