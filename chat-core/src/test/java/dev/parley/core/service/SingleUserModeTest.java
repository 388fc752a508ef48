package dev.parley.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.user.CredentialScheme;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserRole;
import dev.parley.core.port.in.AuthenticateCommand;
import dev.parley.core.port.in.UseCases;
import dev.parley.core.testing.TestCore;
import org.junit.jupiter.api.Test;

class SingleUserModeTest {

    private final TestCore core = TestCore.create();
    private final UseCases singleUser = ChatCore.wire(core.ports(), new CoreOptions(true));

    @Test
    void everyRequestActsAsOneLocalAdminWithOrWithoutACredential() {
        User anonymous = singleUser.authenticate().authenticate(new AuthenticateCommand(null));
        User withGarbage = singleUser.authenticate().authenticate(new AuthenticateCommand(CredentialScheme.API_TOKEN, "x"));

        assertThat(anonymous).isEqualTo(withGarbage);
        assertThat(anonymous.username()).isEqualTo(LocalUserAuthenticateService.USERNAME);
        assertThat(anonymous.role()).isEqualTo(UserRole.ADMIN);
    }

    @Test
    void theLocalUserCannotBeLoggedIntoWithAPassword() {
        singleUser.authenticate().authenticate(new AuthenticateCommand(null));

        assertThat(core.ports().users().findAccountByUsername("local"))
                .hasValueSatisfying(account -> assertThat(account.passwordHash()).doesNotContain("local"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> singleUser.issueToken()
                .issue(new dev.parley.core.port.in.IssueTokenCommand("local", "local")))).isNotNull();
    }

    @Test
    void theDefaultModeStillDemandsACredential() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> core.useCases().authenticate()
                .authenticate(new AuthenticateCommand(null)))).isInstanceOf(
                        dev.parley.core.domain.error.AuthenticationException.class);
    }
}
