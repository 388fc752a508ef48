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
    void registering_a_new_user_answers_201_with_id_and_username_only() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.path("id").isIntegralNumber()).isTrue();
        assertThat(body.path("username").asText()).isEqualTo("alice");
        assertThat(body.properties()).hasSize(2);
    }

    @Test
    void registering_a_taken_username_in_any_case_answers_400_already_registered() {
        api.core().register("alice");

        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "ALICE", "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("Username already registered");
    }

    @Test
    void registering_with_a_short_password_answers_422_located_at_the_password() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "alice", "password": "short"}""", null);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"password\"]");
        assertThat(error.path("msg").asText()).contains("password");
        assertThat(error.path("type").asText()).isNotBlank();
    }

    @Test
    void registering_without_fields_answers_422_listing_each_missing_field() {
        ApiResponse response = api.post("/v1/auth/register", "{}", null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").toString()).isEqualTo("""
                [{"loc":["body","username"],"msg":"Field required","type":"missing"},\
                {"loc":["body","password"],"msg":"Field required","type":"missing"}]""");
    }

    @Test
    void registering_with_a_number_as_username_answers_422_string_type() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": 42, "password": "long enough password"}""", null);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"username\"]");
        assertThat(error.path("type").asText()).isEqualTo("string_type");
    }

    @Test
    void logging_in_with_json_answers_a_bearer_token_with_its_lifetime_in_seconds() {
        api.core().register("alice");

        ApiResponse response = api.post("/v1/auth/token", """
                {"username": "alice", "password": "%s"}""".formatted(TestCore.PASSWORD), null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("access_token").asText()).isNotBlank();
        assertThat(body.path("token_type").asText()).isEqualTo("bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(15 * 60);
    }

    @Test
    void logging_in_with_a_wrong_password_answers_401_with_a_bearer_challenge() {
        api.core().register("alice");

        ApiResponse response = api.post("/v1/auth/token", """
                {"username": "alice", "password": "wrong password!"}""", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Incorrect username or password");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void logging_in_as_nobody_reads_exactly_like_a_wrong_password() {
        ApiResponse response = api.post("/v1/auth/token", """
                {"username": "nobody", "password": "wrong password!"}""", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Incorrect username or password");
    }

    @Test
    void me_answers_who_the_token_belongs_to() {
        String token = api.core().tokenFor("alice");

        ApiResponse response = api.get("/v1/auth/me", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("username").asText()).isEqualTo("alice");
        assertThat(response.json().path("id").asLong()).isPositive();
    }

    @Test
    void me_without_a_token_answers_401_not_authenticated_with_a_bearer_challenge() {
        ApiResponse response = api.get("/v1/auth/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Not authenticated");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void me_with_another_scheme_answers_401_not_authenticated() {
        String token = api.core().tokenFor("alice");

        ApiResponse response = api.send(api.request("/v1/auth/me", null).header("Authorization", "Basic " + token));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Not authenticated");
    }

    @Test
    void me_with_an_unknown_token_answers_401_could_not_validate_credentials() {
        ApiResponse response = api.get("/v1/auth/me", "not-a-real-token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.detail()).isEqualTo("Could not validate credentials");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }
}
