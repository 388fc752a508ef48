package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request bodies never set a role, an activity flag, an id or a timestamp: such fields are ignored. */
class MassAssignmentTest {

    private RunningApi api;
    private String admin;
    private long adminId;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        admin = api.adminToken();
        adminId = api.get("/v1/auth/me", admin).json().path("id").asLong();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void registeringAsAnInactiveAdminWithATakenIdYieldsAnOrdinaryActiveUser() {
        ApiResponse response = api.post("/v1/auth/register", """
                {"username": "mallory", "password": "long enough password", "role": "admin", "is_active": false,
                 "id": %d}""".formatted(adminId), null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("id").asLong()).isNotEqualTo(adminId);
        JsonNode me = api.get("/v1/auth/me", api.logIn("mallory", "long enough password")).json();
        assertThat(me.path("role").asText()).isEqualTo("user");
        assertThat(me.path("is_active").asBoolean()).isTrue();
        assertThat(api.get("/v1/auth/me", admin).json().path("username").asText()).isEqualTo(RunningApi.ADMIN);
    }

    @Test
    void registeringWithATimestampKeepsTheServersOwn() {
        api.post("/v1/auth/register", """
                {"username": "mallory", "password": "long enough password", "created_at": "2000-01-01T00:00:00Z"}""",
                null);

        JsonNode mallory = api.get("/v1/admin/users", admin).json().path("users").get(1);
        assertThat(mallory.path("username").asText()).isEqualTo("mallory");
        assertThat(mallory.path("created_at").asText()).doesNotStartWith("2000");
    }

    @Test
    void changingThePasswordCannotChangeTheRoleOrTheUser() {
        String token = api.core().tokenFor("mallory");

        ApiResponse response = api.post("/v1/auth/password", """
                {"current_password": "%s", "new_password": "another long password", "role": "admin",
                 "id": %d, "username": "root"}""".formatted(TestCore.PASSWORD, adminId), token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode me = api.get("/v1/auth/me", api.logIn("mallory", "another long password")).json();
        assertThat(me.path("role").asText()).isEqualTo("user");
        assertThat(api.get("/v1/auth/me", admin).status()).isEqualTo(200);
        assertThat(api.logIn(RunningApi.ADMIN, RunningApi.ADMIN_PASSWORD)).isNotBlank();
    }
}
