package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.domain.user.CredentialScheme;
import dev.parley.core.domain.user.IssuedSecret;
import dev.parley.core.domain.user.TokenPair;
import dev.parley.core.domain.user.User;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.DeactivateUserCommand;
import dev.parley.core.port.in.CreateAdminCommand;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.port.in.RefreshTokenCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.port.in.UserCommand;
import dev.parley.core.testing.TestCore;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final IssueTokenCommand ALICE = new IssueTokenCommand("alice", TestCore.PASSWORD);

    private TestCore core;
    private UseCases api;
    private User alice;

    @BeforeEach
    void setUp() {
        core = TestCore.create();
        api = core.useCases();
        alice = core.register("alice");
    }

    private User who(CredentialScheme scheme, String secret) {
        return api.authenticate().authenticate(new AuthenticateCommand(scheme, secret));
    }

    private TokenPair refresh(TokenPair pair) {
        return api.refreshToken().refresh(new RefreshTokenCommand(pair.refresh().value()));
    }

    @Test
    void aRefreshTokenBuysANewPairOnceAndTheNewAccessTokenWorks() {
        TokenPair first = api.issueTokenPair().issuePair(ALICE);

        TokenPair second = refresh(first);

        assertThat(who(CredentialScheme.BEARER, second.access().value())).isEqualTo(alice);
        assertThat(second.refresh().value()).isNotEqualTo(first.refresh().value());
        assertThat(second.refresh().expiresIn()).isEqualTo(Duration.ofDays(7));
        assertThat(refresh(second).access().value()).isNotBlank();
    }

    @Test
    void reusingARotatedRefreshTokenRevokesItsWholeFamily() {
        TokenPair first = api.issueTokenPair().issuePair(ALICE);
        TokenPair stolenFamilyHead = api.issueTokenPair().issuePair(ALICE);
        TokenPair second = refresh(first);

        assertThatThrownBy(() -> refresh(first)).isInstanceOf(AuthenticationException.class);

        assertThatThrownBy(() -> refresh(second)).isInstanceOf(AuthenticationException.class);
        assertThat(refresh(stolenFamilyHead).refresh().value()).isNotBlank();
    }

    @Test
    void refreshTokensDieWithLogoutAndWithTime() {
        TokenPair beforeLogout = api.issueTokenPair().issuePair(ALICE);
        api.logOut().logOut(new UserCommand(alice.id()));
        assertThatThrownBy(() -> refresh(beforeLogout)).isInstanceOf(AuthenticationException.class);

        TokenPair old = api.issueTokenPair().issuePair(ALICE);
        core.clock().advance(Duration.ofDays(7).plusMinutes(1));
        assertThatThrownBy(() -> refresh(old)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> api.refreshToken().refresh(new RefreshTokenCommand("made-up")))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> api.refreshToken().refresh(new RefreshTokenCommand(null)))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aRefreshTokenIsNotAnAccessTokenNorAnApiToken() {
        TokenPair pair = api.issueTokenPair().issuePair(ALICE);

        assertThatThrownBy(() -> who(CredentialScheme.BEARER, pair.refresh().value()))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> who(CredentialScheme.API_TOKEN, pair.refresh().value()))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void anApiTokenStandsForItsUserInItsOwnSchemeOnlyUntilLogout() {
        IssuedSecret token = api.issueApiToken().issueApiToken(ALICE);

        assertThat(token.expiresIn()).isNull();
        assertThat(who(CredentialScheme.API_TOKEN, token.value())).isEqualTo(alice);
        assertThatThrownBy(() -> who(CredentialScheme.SESSION, token.value())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> who(CredentialScheme.BEARER, token.value())).isInstanceOf(AuthenticationException.class);

        api.logOut().logOut(new UserCommand(alice.id()));

        assertThatThrownBy(() -> who(CredentialScheme.API_TOKEN, token.value())).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aSessionLastsFourteenDaysAndEndsWithDeactivation() {
        IssuedSecret session = api.startSession().startSession(ALICE);
        assertThat(who(CredentialScheme.SESSION, session.value())).isEqualTo(alice);

        core.clock().advance(Duration.ofDays(14).plusSeconds(1));
        assertThatThrownBy(() -> who(CredentialScheme.SESSION, session.value())).isInstanceOf(AuthenticationException.class);

        IssuedSecret fresh = api.startSession().startSession(ALICE);
        api.createAdmin().ensureAdmin(new CreateAdminCommand("root", "root password 1"));
        User root = api.authenticate().authenticate(new AuthenticateCommand(api.issueToken()
                .issue(new IssueTokenCommand("root", "root password 1")).value()));
        api.deactivateUser().deactivate(new DeactivateUserCommand(root.id(), "alice"));
        assertThatThrownBy(() -> who(CredentialScheme.SESSION, fresh.value())).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void everyPasswordLoginRefusesAWrongPasswordAlike() {
        IssueTokenCommand wrong = new IssueTokenCommand("alice", "not the password");

        assertThatThrownBy(() -> api.issueTokenPair().issuePair(wrong)).hasMessage(PasswordCheck.INVALID);
        assertThatThrownBy(() -> api.issueApiToken().issueApiToken(wrong)).hasMessage(PasswordCheck.INVALID);
        assertThatThrownBy(() -> api.startSession().startSession(wrong)).hasMessage(PasswordCheck.INVALID);
    }
}
