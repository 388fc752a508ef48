package dev.parley.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.user.AccessToken;
import dev.parley.core.domain.user.TokenClaims;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.domain.user.UserRole;
import dev.parley.core.port.out.TokenService;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Contract of {@link TokenService}; every implementation's test extends it. */
public abstract class TokenServiceContract {

    private final MutableClock clock = new MutableClock();
    private final User alice = new User(new UserId(7), "alice", MutableClock.START);
    private final User bob = new User(new UserId(8), "bob", MutableClock.START);

    /** A token service that reads time from {@code clock}. */
    protected abstract TokenService tokens(Clock clock);

    @Test
    void anIssuedTokenStandsForItsUserAndSaysWhenItExpires() {
        TokenService tokens = tokens(clock);

        AccessToken forAlice = tokens.issue(alice);
        AccessToken forBob = tokens.issue(bob);

        assertThat(forAlice.expiresIn()).isPositive();
        assertThat(tokens.verify(forAlice.value())).contains(new TokenClaims(alice.id(), 0));
        assertThat(tokens.verify(forBob.value())).contains(new TokenClaims(bob.id(), 0));
    }

    @Test
    void aTokenCarriesTheCredentialGenerationItWasIssuedIn() {
        TokenService tokens = tokens(clock);
        User afterTwoLogouts = new User(alice.id(), "alice", null, UserRole.USER, true, 2, MutableClock.START);

        assertThat(tokens.verify(tokens.issue(afterTwoLogouts).value())).contains(new TokenClaims(alice.id(), 2));
    }

    @Test
    void anExpiredTokenStandsForNobody() {
        TokenService tokens = tokens(clock);
        AccessToken token = tokens.issue(alice);

        clock.advance(token.expiresIn().plus(Duration.ofMinutes(2)));

        assertThat(tokens.verify(token.value())).isEmpty();
    }

    @Test
    void aTamperedOrMadeUpTokenStandsForNobody() {
        TokenService tokens = tokens(clock);
        String token = tokens.issue(alice).value();
        int middle = token.length() / 2;
        char flipped = token.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, middle) + flipped + token.substring(middle + 1);

        assertThat(tokens.verify(tampered)).isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify(token + "x")).isEmpty();
    }
}
