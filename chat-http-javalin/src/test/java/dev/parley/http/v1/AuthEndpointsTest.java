package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthEndpointsTest {

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void registeringANewUserAnswers201WithIdUsernameAndANullEmailOnly() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.path("id").isIntegralNumber()).isTrue();
        assertThat(body.path("username").asText()).isEqualTo("alice");
        assertThat(body.path("email").isNull()).isTrue();
        assertThat(body.properties()).hasSize(3);
    }

    @Test
    void registeringWithAnEmailAnswers201WithTheEmail() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "email": "alice@example.org", "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("email").asText()).isEqualTo("alice@example.org");
    }

    @Test
    void registeringWithAnEmailTakenInAnyCaseAnswers400EmailAlreadyRegistered() {
        api.post("/v1/auth/register", """
                {"username": "alice", "email": "alice@example.org", "password": "long enough password"}""", null);

        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "bob", "email": "ALICE@example.org", "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("Email already registered");
    }

    @Test
    void registeringWithAnInvalidEmailAnswers422LocatedAtTheEmail() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "email": "not an address", "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"email\"]");
        assertThat(error.path("msg").asText()).contains("e-mail");
    }

    @Test
    void registeringWithANumberAsEmailAnswers422StringType() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "email": 7, "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"email\"]");
        assertThat(error.path("type").asText()).isEqualTo("string_type");
    }

    @Test
    void registeringATakenUsernameInAnyCaseAnswers400AlreadyRegistered() {
        api.core().register("alice");

        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "ALICE", "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("Username already registered");
    }

    @Test
    void registeringWithAShortPasswordAnswers422LocatedAtThePassword() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "password": "short"}""", null);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"password\"]");
        assertThat(error.path("msg").asText()).contains("password");
        assertThat(error.path("type").asText()).isNotBlank();
    }

    @Test
    void registeringWithoutFieldsAnswers422ListingEachMissingField() {
        ApiResponse response = api.post("/v1/auth/register", "{}", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","username"],"msg":"Field required","type":"missing"},\
                {"loc":["body","password"],"msg":"Field required","type":"missing"}]""");
    }

    @Test
    void registeringWithANumberAsUsernameAnswers422StringType() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": 42, "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"username\"]");
        assertThat(error.path("type").asText()).isEqualTo("string_type");
    }

    @Test
    void theTokenResponseMayNotBeStoredByAnyCache() {
        api.core().register("alice");

        ApiResponse response = api.post("/v1/auth/token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null);

        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Pragma")).isEqualTo("no-cache");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theSignUpAnswerMayNotBeStoredByAnyCache() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void loggingInWithAWrongPasswordAnswers401WithABearerChallenge() {
        api.core().register("alice");

        ApiResponse response = api.post("/v1/auth/token", """
                {"username": "alice", "password": "wrong password!"}""", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Incorrect username or password");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void loggingInAsNobodyReadsExactlyLikeAWrongPassword() {
        ApiResponse response = api.post("/v1/auth/token", """
                {"username": "nobody", "password": "wrong password!"}""", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Incorrect username or password");
    }

    @Test
    void meAnswersWhoTheTokenBelongsToWithEmailRoleAndActivity() {
        api.post("/v1/auth/register", """
                {"username": "alice", "email": "alice@example.org", "password": "long enough password"}""", null);

        ApiResponse response = api.get("/v1/auth/me", api.logIn("alice", "long enough password"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("id").asLong()).isPositive();
        assertThat(body.path("username").asText()).isEqualTo("alice");
        assertThat(body.path("email").asText()).isEqualTo("alice@example.org");
        assertThat(body.path("role").asText()).isEqualTo("user");
        assertThat(body.path("is_active").asBoolean()).isTrue();
        assertThat(body.properties()).hasSize(5);
    }

    @Test
    void meOfAnAdminSaysAdmin() {
        ApiResponse response = api.get("/v1/auth/me", api.adminToken());

        assertThat(response.json().path("role").asText()).isEqualTo("admin");
    }

    @Test
    void meWithoutATokenAnswers401NotAuthenticatedWithABearerChallenge() {
        ApiResponse response = api.get("/v1/auth/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Not authenticated");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void meWithAnotherSchemeAnswers401NotAuthenticated() {
        String token = api.core().tokenFor("alice");

        ApiResponse response = api.send(api.request("/v1/auth/me", null).header("Authorization", "Basic " + token));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Not authenticated");
    }

    @Test
    void meWithAnUnknownTokenAnswers401CouldNotValidateCredentials() {
        ApiResponse response = api.get("/v1/auth/me", "not-a-real-token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Could not validate credentials");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
