package dev.parley.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.app.ParleyServer;
import dev.parley.app.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JWT attack set against the running server: an attacker who knows the token format (and, for
 * the forgeries that need it, even the signing key) cannot get past {@code GET /v1/auth/me}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtAttackTest {

    private static final String SECRET = "jwt-signing-secret-for-the-attack-tests-0123";

    private ParleyServer server;
    private ParleyClient client;
    private long victimId;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        Settings settings = new Settings("127.0.0.1", 0, dataDir.resolve("data"), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.of(SECRET), Duration.ofMinutes(15),
                new Settings.Web(Duration.ofSeconds(15), List.of(), List.of(), 4, false),
                Optional.of(new Settings.Admin("root", "root password 1")), false, Optional.empty());
        server = ParleyServer.start(settings, Clock.systemUTC());
        client = new ParleyClient(server.baseUri());
        String token = client.register("victim", "correct horse battery");
        victimId = client.send("GET", "/v1/auth/me", token, null).body().path("id").asLong();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JWTClaimsSet.Builder claimsOf(long userId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("parley").audience("parley-api").subject(Long.toString(userId))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID("forged-" + now.toEpochMilli()).claim("typ", "access").claim("gen", 0L);
    }

    private String signed(JWSAlgorithm algorithm, byte[] key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private String forged(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return signed(JWSAlgorithm.HS256, SECRET.getBytes(StandardCharsets.UTF_8), change.apply(claimsOf(victimId)).build());
    }

    private int statusWith(String token) {
        return client.send("GET", "/v1/auth/me", token, null).status();
    }

    @Test
    void aCorrectlyForgedTokenIsTheControlAndGetsIn() throws Exception {
        assertThat(statusWith(forged(b -> b))).isEqualTo(200);
    }

    @Test
    void theUnsignedAlgNoneTokenIsRefused() {
        assertThat(statusWith(new PlainJWT(claimsOf(victimId).build()).serialize())).isEqualTo(401);
    }

    @Test
    void algorithmConfusionIsRefused() throws Exception {
        byte[] key = (SECRET + SECRET).getBytes(StandardCharsets.UTF_8);
        String hs512 = signed(JWSAlgorithm.HS512, key, claimsOf(victimId).build());
        String[] parts = forged(b -> b).split("\\.");
        String rs256Header = Base64URL.encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}").toString();

        assertThat(statusWith(hs512)).isEqualTo(401);
        assertThat(statusWith(rs256Header + "." + parts[1] + "." + parts[2])).isEqualTo(401);
    }

    @Test
    void aTamperedPayloadOrAMissingSignatureIsRefused() throws Exception {
        String[] parts = forged(b -> b).split("\\.");
        String otherPayload = Base64URL.encode(claimsOf(victimId + 1).build().toString()).toString();

        assertThat(statusWith(parts[0] + "." + otherPayload + "." + parts[2])).isEqualTo(401);
        assertThat(statusWith(parts[0] + "." + parts[1] + ".")).isEqualTo(401);
        assertThat(statusWith(parts[0] + "." + parts[1])).isEqualTo(401);
    }

    @Test
    void anExpiredTokenOrOneForAnotherAudienceIssuerOrGenerationIsRefused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        assertThat(statusWith(forged(b -> b.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60))))))
                .isEqualTo(401);
        assertThat(statusWith(forged(b -> b.audience("another-api")))).isEqualTo(401);
        assertThat(statusWith(forged(b -> b.issuer("someone-else")))).isEqualTo(401);
        assertThat(statusWith(forged(b -> b.claim("gen", 1L)))).isEqualTo(401);
        assertThat(statusWith(forged(b -> b.claim("typ", "refresh")))).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        byte[] otherKey = "another-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);
        assertThat(statusWith(signed(JWSAlgorithm.HS256, otherKey, claimsOf(victimId).build()))).isEqualTo(401);
    }

    @Test
    void aRefreshTokenIsNotAnAccessToken() {
        String refresh = client.send("POST", "/v1/auth/token", null,
                Map.of("username", "victim", "password", "correct horse battery")).body().path("refresh_token").asText();

        assertThat(statusWith(refresh)).isEqualTo(401);
    }

    @Test
    void theTokensOfADeactivatedOrDeletedUserAreRefused() {
        String leaving = client.register("leaving", "correct horse battery");
        String banned = client.register("banned", "correct horse battery");
        String admin = client.token("root", "root password 1");

        assertThat(client.send("DELETE", "/v1/auth/me", leaving, null).status()).isEqualTo(200);
        assertThat(client.send("POST", "/v1/admin/users/banned/deactivate", admin, null).status()).isEqualTo(200);

        assertThat(statusWith(leaving)).isEqualTo(401);
        assertThat(statusWith(banned)).isEqualTo(401);
    }
}
