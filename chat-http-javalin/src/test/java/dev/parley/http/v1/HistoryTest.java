package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.port.in.IssueTokenCommand;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryTest {

    private RunningApi api;
    private String firstId;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        api.core().register("alice");
        firstId = openAt("2025-01-01T09:00:00Z", "one", "test-model");
        openAt("2025-01-02T12:00:00Z", "two", "other-model");
        openAt("2025-01-03T23:30:00Z", "three", "test-model");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void historyListsTheNewestUpdateFirstTenToAPage() {
        ApiResponse response = api.get("/v1/chat/history", token());

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("total").asInt()).isEqualTo(3);
        assertThat(body.path("page").asInt()).isEqualTo(1);
        assertThat(body.path("page_size").asInt()).isEqualTo(10);
        assertThat(titles(response)).containsExactly("three", "two", "one");
    }

    @Test
    void eachSessionHas002sShapeWithUtcTimestamps() {
        JsonNode session = api.get("/v1/chat/history", token()).json().path("sessions").get(0);

        assertThat(session.properties()).extracting(e -> e.getKey()).containsExactly(
                "id", "user_id", "application_id", "model", "title", "messages", "created_at", "updated_at");
        assertThat(session.path("application_id").isNull()).isTrue();
        assertThat(session.path("user_id").asLong()).isPositive();
        assertThat(session.path("model").asText()).isEqualTo("test-model");
        assertThat(session.path("created_at").asText()).isEqualTo("2025-01-03T23:30:00Z");
        assertThat(session.path("updated_at").asText()).isEqualTo("2025-01-03T23:30:00Z");
    }

    @Test
    void pagesSplitTheListAndKeepTheTotal() {
        ApiResponse first = api.get("/v1/chat/history?page=1&page_size=2", token());
        ApiResponse second = api.get("/v1/chat/history?page=2&page_size=2", token());

        assertThat(titles(first)).containsExactly("three", "two");
        assertThat(titles(second)).containsExactly("one");
        assertThat(second.json().path("total").asInt()).isEqualTo(3);
        assertThat(second.json().path("page").asInt()).isEqualTo(2);
        assertThat(second.json().path("page_size").asInt()).isEqualTo(2);
    }

    @Test
    void aSessionUpdatedLastComesFirst() {
        api.core().clock().set(Instant.parse("2025-01-05T00:00:00Z"));
        api.patch("/v1/chat/sessions/" + firstId, "{\"title\": \"one, renamed\"}", token());

        assertThat(titles(api.get("/v1/chat/history", token()))).containsExactly("one, renamed", "three", "two");
    }

    @Test
    void theModelFilterKeepsOnlyThatModelsSessions() {
        assertThat(titles(api.get("/v1/chat/history?model=other-model", token()))).containsExactly("two");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            start_date=2025-01-02                     | three,two
            end_date=2025-01-02                       | two,one
            start_date=2025-01-02T12:00:00Z           | three,two
            start_date=2025-01-02T13:00:00%2B02:00    | three,two
            start_date=2025-01-02T13:00:00+02:00      | three,two
            end_date=2025-01-02T11:59:59              | one
            start_date=2025-01-02&end_date=2025-01-02 | two
            start_date=0001-01-01&end_date=9999-12-31 | three,two,one
            """)
    void dateFiltersAcceptDatesAndDatetimesWithOrWithoutAnOffset(String query, String expected) {
        assertThat(titles(api.get("/v1/chat/history?" + query, token())))
                .containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            page_size=101                     | page_size  | less_than_equal
            page_size=0                       | page_size  | greater_than_equal
            page=0                            | page       | greater_than_equal
            page=abc                          | page       | int_parsing
            start_date=yesterday              | start_date | datetime_parsing
            end_date=2025-13-01               | end_date   | datetime_parsing
            end_date=%2B999999999-12-31       | end_date   | datetime_parsing
            start_date=%2B294277-01-01        | start_date | datetime_parsing
            start_date=0000-12-31             | start_date | datetime_parsing
            end_date=%2B10000-01-01T00:00:00Z | end_date   | datetime_parsing
            """)
    void badQueryValuesAnswer422LocatedInTheQuery(String query, String field, String type) {
        ApiResponse response = api.get("/v1/chat/history?" + query, token());

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"query\",\"" + field + "\"]");
        assertThat(error.path("type").asText()).isEqualTo(type);
    }

    @Test
    void aStartAfterTheEndAnswers400AsAnInvalidQuery() {
        ApiResponse response = api.get("/v1/chat/history?start_date=2025-01-03&end_date=2025-01-01", token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).isEqualTo("start_date must not be after end_date");
    }

    @Test
    void anotherUserSeesNoneOfTheseSessions() {
        String mallory = api.core().tokenFor("mallory");

        assertThat(api.get("/v1/chat/history", mallory).json().path("total").asInt()).isZero();
    }

    @Test
    void historyWithoutATokenAnswers401() {
        assertThat(api.get("/v1/chat/history", null).status()).isEqualTo(401);
    }

    private String openAt(String instant, String title, String model) {
        api.core().clock().set(Instant.parse(instant));
        ApiResponse created = api.post("/v1/chat/sessions", """
                {"title": "%s", "model": "%s"}""".formatted(title, model), token());
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** A fresh token: tests move the clock past older tokens' expiry. */
    private String token() {
        return api.core().useCases().issueToken().issue(new IssueTokenCommand("alice", TestCore.PASSWORD)).value();
    }

    private static List<String> titles(ApiResponse response) {
        List<String> titles = new ArrayList<>();
        response.json().path("sessions").forEach(s -> titles.add(s.path("title").asText()));
        return titles;
    }
}
