package dev.parley.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.core.domain.user.AccessToken;
import dev.parley.core.domain.user.TokenClaims;
import dev.parley.core.domain.user.User;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.out.IdGenerator;
import dev.parley.core.port.out.TokenService;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Driven adapter: access tokens as HS256-signed JWTs. Only HS256 is accepted (never {@code none} nor
 * another algorithm), and {@code exp}, {@code iat}, {@code iss}, {@code aud}, {@code sub},
 * {@code jti}, {@code typ} and {@code gen} (the user's credential generation) must all be present
 * and right. Time comes from the given clock.
 */
public final class JwtTokenService implements TokenService {

    static final String ISSUER = "parley";
    static final String AUDIENCE = "parley-api";
    static final String ACCESS_TYPE = "access";
    /** The user's credential generation when the token was issued; the core compares it with the current one. */
    static final String GENERATION = "gen";
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;
    private final Duration lifetime;
    private final IdGenerator ids;

    public JwtTokenService(JwtSecret secret, Clock clock, Duration lifetime, IdGenerator ids) {
        try {
            this.signer = new MACSigner(secret.bytes());
            this.verifier = new MACVerifier(secret.bytes());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the JWT secret is unusable: " + e.getMessage(), e);
        }
        this.clock = clock;
        this.lifetime = lifetime;
        this.ids = ids;
    }

    @Override
    public AccessToken issue(User user) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(Long.toString(user.id().value()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(ids.newUuid().toString())
                .claim("typ", ACCESS_TYPE)
                .claim(GENERATION, user.credentialGeneration())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return new AccessToken(jwt.serialize(), lifetime);
    }

    @Override
    public Optional<TokenClaims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            return subjectOfValid(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | IllegalStateException | NumberFormatException invalid) {
            return Optional.empty();
        }
    }

    private Optional<TokenClaims> subjectOfValid(JWTClaimsSet claims) throws ParseException {
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        boolean valid = expires != null && now.isBefore(expires.toInstant().plus(CLOCK_SKEW))
                && issued != null && !issued.toInstant().isAfter(now.plus(CLOCK_SKEW))
                && ISSUER.equals(claims.getIssuer())
                && claims.getAudience() != null && claims.getAudience().contains(AUDIENCE)
                && claims.getJWTID() != null && !claims.getJWTID().isBlank()
                && ACCESS_TYPE.equals(claims.getStringClaim("typ"))
                && claims.getSubject() != null
                && claims.getLongClaim(GENERATION) != null && claims.getLongClaim(GENERATION) >= 0;
        if (!valid) {
            return Optional.empty();
        }
        long id = Long.parseLong(claims.getSubject());
        return id > 0 ? Optional.of(new TokenClaims(new UserId(id), claims.getLongClaim(GENERATION))) : Optional.empty();
    }
}
