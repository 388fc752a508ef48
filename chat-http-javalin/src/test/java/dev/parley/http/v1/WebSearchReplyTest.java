package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.search.WebSource;
import dev.parley.http.ApiResponse;
import dev.parley.http.JsonLines;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents;
import dev.parley.http.ServerSentEvents.Event;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code "web_search": true}: the numbered results the model was given reach the client before any token,
 * in every answer shape, and stay in the session's history with the reply.
 */
class WebSearchReplyTest {

    private static final String SEARCHING = """
            {"messages": [{"role": "user", "content": "What is Parley?"}], "web_search": true}""";
    private static final String SOURCES = """
            [{"index":1,"title":"Parley","url":"https://example.org/parley","snippet":"A chat server"},\
            {"index":2,"title":"Second \\"quoted\\"","url":"https://example.org/two","snippet":"line\\nbreak"}]""";

    private RunningApi api;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
        api.core().webSearch().answering(List.of(
                new WebSource("Parley", "https://example.org/parley", "A chat server"),
                new WebSource("Second \"quoted\"", "https://example.org/two", "line\nbreak")));
        api.core().model().replyWith("It is", " a server [1]");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theEventStreamSendsASourcesEventBeforeAnyToken() {
        ApiResponse response = api.post("/v1/chat/stream", SEARCHING, token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(ChatStreamTest.withoutHeartbeats(response.body())).startsWith("event: sources\ndata: " + SOURCES + "\n\n");
        assertThat(ServerSentEvents.parse(response.body())).containsExactly(new Event("sources", SOURCES),
                new Event("message", "It is"), new Event("message", " a server [1]"), new Event("message", "[DONE]"));
        assertThat(api.core().webSearch().queries()).containsExactly("What is Parley?");
    }

    @Test
    void jsonLinesSendTheSourcesAfterTheSessionAndRepeatThemWhenDone() {
        ApiResponse response = api.postJsonLines(SEARCHING, token);

        List<JsonNode> lines = JsonLines.withoutPings(response.body());
        assertThat(lines).extracting(line -> line.path("type").asText())
                .containsExactly("session", "sources", "token", "token", "done");
        assertThat(lines.get(1).path("sources").toString()).isEqualTo(SOURCES);
        assertThat(lines.get(4).path("sources").toString()).isEqualTo(SOURCES);
        assertThat(lines.get(4).path("usage").path("total_tokens").asInt()).isPositive();
    }

    @Test
    void aWholeReplyCarriesTheSourcesAndAReplyWithoutWebSearchHasNoSourcesKey() {
        ApiResponse searched = api.post("/v1/chat/stream", SEARCHING.replace("}]", "}], \"stream\": false"), token);
        ApiResponse plain = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}], "stream": false}""", token);

        assertThat(searched.status()).isEqualTo(200);
        assertThat(searched.json().path("sources").toString()).isEqualTo(SOURCES);
        assertThat(searched.json().path("usage").path("total_tokens").asInt()).isPositive();
        assertThat(plain.json().has("sources")).isFalse();
    }

    @Test
    void theSessionsHistoryKeepsTheSourcesWithTheReplyOnly() {
        String sessionId = api.post("/v1/chat/stream", SEARCHING, token).header("X-Session-Id");

        JsonNode messages = api.get("/v1/chat/sessions/" + sessionId, token).json().path("messages");

        assertThat(messages.get(0).has("sources")).isFalse();
        assertThat(messages.get(1).path("sources").toString()).isEqualTo(SOURCES);
        assertThat(messages.get(1).path("usage").path("total_tokens").asInt()).isPositive();
        JsonNode listed = api.get("/v1/chat/history", token).json().path("sessions").get(0).path("messages").get(1);
        assertThat(listed.path("sources").toString()).isEqualTo(SOURCES);
    }

    @Test
    void aSearchThatFailsAfterTheStreamOpenedEndsItWithAnErrorEventAndNoSources() {
        api.core().webSearch().failingWith(new ProviderException(ProviderException.Kind.UNAVAILABLE, "search", 503,
                "The search engine is unavailable"));

        ApiResponse response = api.post("/v1/chat/stream", SEARCHING, token);

        assertThat(ServerSentEvents.parse(response.body())).containsExactly(
                new Event("error", "{\"detail\":\"The search engine is unavailable\"}"), new Event("message", "[DONE]"));
    }
}
