package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.conversation.ConversationId;
import dev.parley.core.domain.message.MessageId;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.usage.UsageRecord;
import dev.parley.core.domain.user.User;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /v1/usage} and {@code GET /v1/admin/usage}: the usage ledger per day and model, or per user,
 * over UTC days; by default the 30 days ending today by the server's clock (the test clock: 2025-01-01).
 */
class UsageEndpointsTest {

    private final AtomicLong ids = new AtomicLong();
    private RunningApi api;
    private User alice;
    private String aliceToken;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().register("alice");
        aliceToken = api.logIn("alice", TestCore.PASSWORD);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aUsersUsageIsTotalledPerDayAndModelOverTheThirtyDaysEndingToday() {
        spend(alice, "2024-12-02T23:59:59Z", "test-model", 1000, 1000);
        spend(alice, "2024-12-03T00:00:00Z", "test-model", 10, 5);
        spend(alice, "2025-01-01T08:00:00Z", "test-model", 7, 3);
        spend(alice, "2025-01-01T08:30:00Z", "test-model", 1, 1);
        spend(alice, "2025-01-01T08:45:00Z", "other-model", 2, 0);
        spend(api.core().register("bob"), "2025-01-01T08:00:00Z", "test-model", 500, 500);

        ApiResponse response = api.get("/v1/usage", aliceToken);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("""
                {"from":"2024-12-03","to":"2025-01-01","data":[\
                {"date":"2024-12-03","model":"test-model","prompt_tokens":10,"completion_tokens":5,"total_tokens":15,"replies":1},\
                {"date":"2025-01-01","model":"other-model","prompt_tokens":2,"completion_tokens":0,"total_tokens":2,"replies":1},\
                {"date":"2025-01-01","model":"test-model","prompt_tokens":8,"completion_tokens":4,"total_tokens":12,"replies":2}],\
                "total":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29,"replies":4}}""");
    }

    @Test
    void fromAndToPickTheDaysBothIncluded() {
        spend(alice, "2024-06-01T00:00:00Z", "test-model", 1, 1);
        spend(alice, "2024-06-02T12:00:00Z", "test-model", 2, 2);
        spend(alice, "2024-06-03T00:00:00Z", "test-model", 4, 4);

        JsonNode body = api.get("/v1/usage?from=2024-06-01&to=2024-06-02", aliceToken).json();

        assertThat(body.path("from").asText()).isEqualTo("2024-06-01");
        assertThat(body.path("to").asText()).isEqualTo("2024-06-02");
        assertThat(body.path("data")).hasSize(2);
        assertThat(body.path("total").path("total_tokens").asInt()).isEqualTo(6);
    }

    @Test
    void onlyAFromRunsToTodayAndOnlyAToStartsThirtyDaysBeforeIt() {
        JsonNode fromOnly = api.get("/v1/usage?from=2024-12-25", aliceToken).json();
        JsonNode toOnly = api.get("/v1/usage?to=2024-06-30", aliceToken).json();

        assertThat(fromOnly.path("to").asText()).isEqualTo("2025-01-01");
        assertThat(toOnly.path("from").asText()).isEqualTo("2024-06-01");
    }

    @Test
    void todayFollowsTheServersClock() {
        api.core().clock().set(Instant.parse("2025-03-10T23:59:00Z"));

        JsonNode body = api.get("/v1/usage", api.logIn("alice", TestCore.PASSWORD)).json();

        assertThat(body.path("to").asText()).isEqualTo("2025-03-10");
        assertThat(body.path("from").asText()).isEqualTo("2025-02-09");
    }

    @Test
    void noUsageIsAnEmptyListAndZeroTotals() {
        assertThat(api.get("/v1/usage", aliceToken).json().path("total").toString())
                .isEqualTo("{\"prompt_tokens\":0,\"completion_tokens\":0,\"total_tokens\":0,\"replies\":0}");
        assertThat(api.get("/v1/usage", aliceToken).json().path("data").toString()).isEqualTo("[]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            from=2025-13-01                  | ["query","from"] | date_parsing
            to=yesterday                     | ["query","to"]   | date_parsing
            from=2025-1-1                    | ["query","from"] | date_parsing
            from=2025-02-30                  | ["query","from"] | date_parsing
            from=+12025-01-01                | ["query","from"] | date_parsing
            from=2024-06-02&to=2024-06-01    | ["query","to"]   | value_error
            from=2026-01-01                  | ["query","to"]   | value_error
            from=2023-01-01&to=2024-01-02    | ["query","from"] | value_error
            """)
    void aBadDateOrRangeAnswers422AtTheQueryParameter(String query, String loc, String type) {
        for (String path : new String[] {"/v1/usage?", "/v1/admin/usage?"}) {
            ApiResponse response = api.get(path + query.replace("+", "%2B"), api.adminToken());

            assertThat(response.status()).as(path + query).isEqualTo(422);
            assertThat(response.json().path("detail").get(0).path("loc").toString()).as(path + query).isEqualTo(loc);
            assertThat(response.json().path("detail").get(0).path("type").asText()).as(path + query).isEqualTo(type);
        }
    }

    @Test
    void aRangeOf366DaysIsAccepted() {
        assertThat(api.get("/v1/usage?from=2024-01-01&to=2024-12-31", aliceToken).status()).isEqualTo(200);
    }

    @Test
    void adminsSeeEveryUsersTotalsWithTheirNames() {
        User bob = api.core().register("bob");
        spend(alice, "2025-01-01T08:00:00Z", "test-model", 7, 3);
        spend(alice, "2024-12-20T08:00:00Z", "other-model", 1, 1);
        spend(bob, "2025-01-01T08:00:00Z", "test-model", 5, 5);

        ApiResponse response = api.get("/v1/admin/usage", api.adminToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("""
                {"from":"2024-12-03","to":"2025-01-01","data":[\
                {"user_id":%d,"username":"alice","prompt_tokens":8,"completion_tokens":4,"total_tokens":12,"replies":2},\
                {"user_id":%d,"username":"bob","prompt_tokens":5,"completion_tokens":5,"total_tokens":10,"replies":1}],\
                "total":{"prompt_tokens":13,"completion_tokens":9,"total_tokens":22,"replies":3}}"""
                .formatted(alice.id().value(), bob.id().value()));
    }

    @Test
    void anOrdinaryUserMayNotSeeEveryonesUsage() {
        ApiResponse response = api.get("/v1/admin/usage", aliceToken);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.detail()).isEqualTo("Admin rights are required");
    }

    @Test
    void aStreamedReplyIsCountedInItsUsersUsage() {
        api.post("/v1/chat/stream", ChatStreamTest.chat("Hi there"), aliceToken);

        JsonNode body = api.get("/v1/usage", aliceToken).json();

        assertThat(body.path("data")).hasSize(1);
        assertThat(body.path("data").get(0).path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("data").get(0).path("date").asText()).isEqualTo("2025-01-01");
        assertThat(body.path("total").path("replies").asInt()).isEqualTo(1);
        assertThat(body.path("total").path("total_tokens").asInt()).isPositive();
    }

    private void spend(User user, String at, String model, int prompt, int completion) {
        long id = ids.incrementAndGet();
        api.core().ports().usage().record(new UsageRecord(user.id(), new ConversationId(id), new MessageId(id), model,
                "scripted", new TokenUsage(prompt, completion), false, Instant.parse(at)));
    }
}
