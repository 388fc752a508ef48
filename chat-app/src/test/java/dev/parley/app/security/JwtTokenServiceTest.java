package dev.parley.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.core.domain.user.TokenClaims;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.TokenService;
import dev.parley.core.testing.MutableClock;
import dev.parley.core.testing.SequentialIds;
import dev.parley.core.testing.TokenServiceContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class JwtTokenServiceTest extends TokenServiceContract {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-test-secret";
    private final MutableClock clock = new MutableClock();

    @Override
    protected TokenService tokens(Clock clock) {
        return new JwtTokenService(JwtSecret.of(SECRET), clock, Duration.ofMinutes(15), new SequentialIds());
    }

    private JWTClaimsSet.Builder validClaims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer("parley").audience("parley-api").subject("7")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID("id-1").claim("typ", "access").claim("gen", 3L);
    }

    private String signed(JWTClaimsSet claims, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(secret.getBytes()));
        return jwt.serialize();
    }

    private boolean accepted(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return tokens(clock).verify(signed(change.apply(validClaims()).build(), SECRET)).isPresent();
    }

    @Test
    void aHandMadeTokenWithEveryClaimRightIsAccepted() throws Exception {
        assertThat(tokens(clock).verify(signed(validClaims().build(), SECRET))).contains(new TokenClaims(new UserId(7), 3));
    }

    @Test
    void eachMissingOrWrongClaimIsRefused() throws Exception {
        assertThat(accepted(b -> b.issuer("someone-else"))).isFalse();
        assertThat(accepted(b -> b.issuer(null))).isFalse();
        assertThat(accepted(b -> b.audience("another-api"))).isFalse();
        assertThat(accepted(b -> b.audience((String) null))).isFalse();
        assertThat(accepted(b -> b.subject(null))).isFalse();
        assertThat(accepted(b -> b.subject("not-a-number"))).isFalse();
        assertThat(accepted(b -> b.jwtID(null))).isFalse();
        assertThat(accepted(b -> b.claim("typ", "refresh"))).isFalse();
        assertThat(accepted(b -> b.claim("typ", null))).isFalse();
        assertThat(accepted(b -> b.expirationTime(null))).isFalse();
        assertThat(accepted(b -> b.issueTime(null))).isFalse();
        assertThat(accepted(b -> b.claim("gen", null))).isFalse();
        assertThat(accepted(b -> b.claim("gen", -1L))).isFalse();
        assertThat(accepted(b -> b.claim("gen", "three"))).isFalse();
        assertThat(accepted(b -> b.issueTime(Date.from(clock.instant().plusSeconds(3600))))).isFalse();
    }

    @Test
    void anUnsignedTokenOrOneSignedWithAnotherKeyIsRefused() throws Exception {
        String unsigned = new PlainJWT(validClaims().build()).serialize();
        String otherKey = signed(validClaims().build(), "another-secret-that-is-long-enough-32b");

        assertThat(tokens(clock).verify(unsigned)).isEmpty();
        assertThat(tokens(clock).verify(otherKey)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherHmacAlgorithmIsRefused() throws Exception {
        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), validClaims().build());
        hs512.sign(new MACSigner((SECRET + SECRET).getBytes()));

        assertThat(tokens(clock).verify(hs512.serialize())).isEmpty();
    }

    @Test
    void anIssuedTokenCarriesEveryRequiredClaim() throws Exception {
        String token = tokens(clock).issue(new User(new UserId(7), "alice", clock.instant())).value();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("parley");
        assertThat(claims.getAudience()).containsExactly("parley-api");
        assertThat(claims.getSubject()).isEqualTo("7");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringClaim("typ")).isEqualTo("access");
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }
}
