package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountEndpointsTest {

    private static final String NEW_PASSWORD = "a brand new password";

    private RunningApi api;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void loggingOutAnswers200AndEveryTokenOfTheUserStopsWorking() {
        String other = api.logIn("alice", TestCore.PASSWORD);

        ApiResponse response = api.post("/v1/auth/logout", "", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"message\":\"Logged out\"}");
        assertUnauthorized(api.get("/v1/auth/me", token));
        assertUnauthorized(api.get("/v1/auth/me", other));
        assertUnauthorized(api.post("/v1/auth/logout", "", token));
    }

    @Test
    void loggingOutLeavesOtherUsersSignedIn() {
        String bob = api.core().tokenFor("bob");

        api.post("/v1/auth/logout", "", token);

        assertThat(api.get("/v1/auth/me", bob).status()).isEqualTo(200);
    }

    @Test
    void afterLoggingOutTheUserCanLogInAgain() {
        api.post("/v1/auth/logout", "", token);

        ApiResponse response = api.post("/v1/auth/token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(api.get("/v1/auth/me", response.json().path("access_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordAnswers200AndOnlyTheNewPasswordLogsIn() {
        ApiResponse response = api.post("/v1/auth/password", changeFrom(TestCore.PASSWORD), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"message\":\"Password changed\"}");
        assertThat(api.get("/v1/auth/me", api.logIn("alice", NEW_PASSWORD)).status()).isEqualTo(200);
        assertThatThrownBy(() -> api.logIn("alice", TestCore.PASSWORD)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void changingThePasswordRevokesEveryTokenIssuedBefore() {
        String other = api.logIn("alice", TestCore.PASSWORD);

        api.post("/v1/auth/password", changeFrom(TestCore.PASSWORD), token);

        assertUnauthorized(api.get("/v1/auth/me", token));
        assertUnauthorized(api.get("/v1/auth/me", other));
    }

    @Test
    void changingThePasswordWithAWrongCurrentOneAnswers400AndChangesNothing() {
        ApiResponse response = api.post("/v1/auth/password", changeFrom("not my password"), token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("Incorrect password");
        assertThat(api.get("/v1/auth/me", token).status()).isEqualTo(200);
        assertThat(api.logIn("alice", TestCore.PASSWORD)).isNotBlank();
    }

    @Test
    void changingToAShortPasswordAnswers422LocatedAtTheNewPassword() {
        ApiResponse response = api.post("/v1/auth/password", """
                {"current_password": "%s", "new_password": "short"}""".formatted(TestCore.PASSWORD), token);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"new_password\"]");
        assertThat(error.path("msg").asText()).contains("8");
        assertThat(api.get("/v1/auth/me", token).status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordWithoutFieldsAnswers422ListingEachMissingField() {
        ApiResponse response = api.post("/v1/auth/password", "{}", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","current_password"],"msg":"Field required","type":"missing"},\
                {"loc":["body","new_password"],"msg":"Field required","type":"missing"}]""");
    }

    @Test
    void deletingTheAccountAnswers200AndItsTokensAndPasswordStopWorking() {
        ApiResponse response = api.delete("/v1/auth/me", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"message\":\"Account deleted\"}");
        assertUnauthorized(api.get("/v1/auth/me", token));
        assertThat(api.post("/v1/auth/token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null).status()).isEqualTo(401);
    }

    @Test
    void deletingTheAccountRemovesTheUserAndFreesTheUsername() {
        String admin = api.adminToken();

        api.delete("/v1/auth/me", token);

        assertThat(api.get("/v1/admin/users", admin).json().path("users").findValuesAsText("username"))
                .containsExactly(RunningApi.ADMIN);
        assertThat(api.post("/v1/auth/register", """
                {"username": "alice", "password": "long enough password"}""", null).status()).isEqualTo(201);
    }

    @Test
    void everyAccountRouteWithoutATokenAnswers401() {
        assertThat(api.post("/v1/auth/logout", "", null).status()).isEqualTo(401);
        assertThat(api.post("/v1/auth/password", changeFrom(TestCore.PASSWORD), null).status()).isEqualTo(401);
        assertThat(api.delete("/v1/auth/me", null).status()).isEqualTo(401);
        assertThat(api.get("/v1/auth/me", token).status()).isEqualTo(200);
    }

    private static String changeFrom(String current) {
        return """
                {"current_password": "%s", "new_password": "%s"}""".formatted(current, NEW_PASSWORD);
    }

    static void assertUnauthorized(ApiResponse response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Could not validate credentials");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
