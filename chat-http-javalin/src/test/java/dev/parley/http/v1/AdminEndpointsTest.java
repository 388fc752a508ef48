package dev.parley.http.v1;

import static dev.parley.http.v1.AccountEndpointsTest.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.AuthenticationException;
import dev.parley.core.testing.MutableClock;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminEndpointsTest {

    private static final String ADMIN_ONLY = "Admin rights are required";

    private RunningApi api;
    private String admin;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        admin = api.adminToken();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anAdminListsEveryUserOldestFirstWithTheirAccountDetails() {
        api.post("/v1/auth/register", """
                {"username": "alice", "email": "alice@example.org", "password": "long enough password"}""", null);

        ApiResponse response = api.get("/v1/admin/users", admin);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("total").asLong()).isEqualTo(2);
        assertThat(body.path("page").asInt()).isEqualTo(1);
        assertThat(body.path("page_size").asInt()).isEqualTo(10);
        assertThat(body.path("users").findValuesAsText("username")).containsExactly(RunningApi.ADMIN, "alice");
        JsonNode alice = body.path("users").get(1);
        assertThat(alice.path("id").asLong()).isPositive();
        assertThat(alice.path("email").asText()).isEqualTo("alice@example.org");
        assertThat(alice.path("role").asText()).isEqualTo("user");
        assertThat(alice.path("is_active").asBoolean()).isTrue();
        assertThat(alice.path("created_at").asText()).isEqualTo(MutableClock.START.toString());
        assertThat(alice.properties()).hasSize(6);
        assertThat(body.path("users").get(0).path("role").asText()).isEqualTo("admin");
    }

    @Test
    void theUserListIsPagedByPageAndPageSize() {
        for (String name : new String[] {"alice", "bob", "carol", "dave"}) {
            api.core().register(name);
        }

        JsonNode body = api.get("/v1/admin/users?page=2&page_size=2", admin).json();

        assertThat(body.path("total").asLong()).isEqualTo(5);
        assertThat(body.path("page").asInt()).isEqualTo(2);
        assertThat(body.path("page_size").asInt()).isEqualTo(2);
        assertThat(body.path("users").findValuesAsText("username")).containsExactly("bob", "carol");
    }

    @Test
    void aPageSizeOver100Answers422LocatedInTheQuery() {
        ApiResponse response = api.get("/v1/admin/users?page_size=101", admin);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString())
                .isEqualTo("[\"query\",\"page_size\"]");
    }

    @Test
    void anOrdinaryUserIsRefusedTheUserListWith403() {
        ApiResponse response = api.get("/v1/admin/users", api.core().tokenFor("alice"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo(ADMIN_ONLY);
    }

    @Test
    void anAdminDeactivatesAUserAndGetsItBackInactive() {
        api.core().register("alice");

        ApiResponse response = api.post("/v1/admin/users/alice/deactivate", "", admin);

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("username").asText()).isEqualTo("alice");
        assertThat(body.path("role").asText()).isEqualTo("user");
        assertThat(body.path("is_active").asBoolean()).isFalse();
        assertThat(body.has("created_at")).isTrue();
        assertThat(api.get("/v1/admin/users", admin).json().path("users").get(1).path("is_active").asBoolean())
                .isFalse();
    }

    @Test
    void aDeactivatedUsersTokensStopWorkingAndTheyCannotLogIn() {
        String alice = api.core().tokenFor("alice");

        api.post("/v1/admin/users/ALICE/deactivate", "", admin);

        assertUnauthorized(api.get("/v1/auth/me", alice));
        assertThatThrownBy(() -> api.logIn("alice", TestCore.PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThat(api.get("/v1/auth/me", admin).status()).isEqualTo(200);
    }

    @Test
    void aUsernameWithSpecialCharactersIsFoundThroughItsPathEncodedOrNot() {
        api.core().register("a+b@example.org");
        api.core().register("c+d@example.org");

        ApiResponse encoded = api.post("/v1/admin/users/a%2Bb%40example.org/deactivate", "", admin);
        ApiResponse plain = api.post("/v1/admin/users/c+d@example.org/deactivate", "", admin);

        assertThat(encoded.status()).isEqualTo(200);
        assertThat(encoded.json().path("username").asText()).isEqualTo("a+b@example.org");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.json().path("username").asText()).isEqualTo("c+d@example.org");
    }

    @Test
    void deactivatingAnUnknownUserAnswers404UserNotFound() {
        ApiResponse response = api.post("/v1/admin/users/nobody/deactivate", "", admin);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("User not found");
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        ApiResponse response = api.post("/v1/admin/users/root/deactivate", "", admin);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).isEqualTo("Admins cannot deactivate themselves");
        assertThat(api.get("/v1/auth/me", admin).json().path("is_active").asBoolean()).isTrue();
    }

    @Test
    void anOrdinaryUserIsRefusedDeactivationWith403AndNobodyIsDeactivated() {
        String alice = api.core().tokenFor("alice");
        String bob = api.core().tokenFor("bob");

        ApiResponse response = api.post("/v1/admin/users/bob/deactivate", "", alice);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo(ADMIN_ONLY);
        assertThat(api.get("/v1/auth/me", bob).json().path("is_active").asBoolean()).isTrue();
        assertThat(api.post("/v1/admin/users/nobody/deactivate", "", alice).status()).isEqualTo(403);
    }

    @Test
    void adminRoutesWithoutATokenAnswer401() {
        api.core().register("alice");

        assertThat(api.get("/v1/admin/users", null).status()).isEqualTo(401);
        assertThat(api.post("/v1/admin/users/alice/deactivate", "", null).status()).isEqualTo(401);
        assertThat(api.get("/v1/admin/users", "not-a-real-token").status()).isEqualTo(401);
    }

    @Test
    void anAdminWhoLoggedOutCanNoLongerUseTheAdminRoutes() {
        api.post("/v1/auth/logout", "", admin);

        assertUnauthorized(api.get("/v1/admin/users", admin));
    }
}
