package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.http.ApiResponse;
import dev.parley.http.JsonLines;
import dev.parley.http.OpenStream;
import dev.parley.http.RunningApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Accept: application/x-ndjson}: the same reply events as the event stream, one JSON object per line. */
class JsonLinesStreamTest {

    private RunningApi api;
    private ScriptedChatModel model;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        model = api.core().model();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aReplyStreamsAsJsonLinesFromTheSessionToDoneWithItsUsage() {
        model.replyWith(List.of("Hello", "!"), new TokenUsage(3, 2));

        ApiResponse response = api.postJsonLines(ChatStreamTest.chat("Hi there"), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        String sessionId = response.header("X-Session-Id");
        assertThat(withoutPings(response.body())).isEqualTo("""
                {"type":"session","session_id":%s}
                {"type":"token","content":"Hello"}
                {"type":"token","content":"!"}
                {"type":"done","usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}
                """.formatted(sessionId));
    }

    @Test
    void tokensArriveByteForByteWhateverTheyHold() {
        List<String> tokens = List.of("a\r", "\r\nb", "data: x\n\nevent: y", "\u0000", "\u2028\u2029", "\"\\", "é😀");
        model.replyWith(tokens.toArray(String[]::new));

        ApiResponse response = api.postJsonLines(ChatStreamTest.chat("Hi"), token);

        // Nothing a line reader could split on, or a C string end at, is sent raw.
        assertThat(response.body()).doesNotContain("\r", "\u0000", "\u2028", "\u2029");
        List<JsonNode> lines = JsonLines.withoutPings(response.body());
        assertThat(lines).filteredOn(line -> line.path("type").asText().equals("token"))
                .extracting(line -> line.path("content").asText()).containsExactlyElementsOf(tokens);
        JsonNode stored = api.get("/v1/chat/sessions/" + response.header("X-Session-Id"), token)
                .json().path("messages").get(1);
        assertThat(stored.path("content").asText()).isEqualTo(String.join("", tokens));
    }

    @Test
    void anAcceptListNamingJsonLinesAmongOthersGetsJsonLines() {
        ApiResponse response = api.send(api.request("/v1/chat/stream", token)
                .header("Content-Type", "application/json")
                .header("Accept", "text/plain;q=0.5, Application/X-NDJSON; charset=utf-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ChatStreamTest.chat("Hi"))));

        assertThat(response.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(JsonLines.replyText(JsonLines.parse(response.body()))).isEqualTo("echo: Hi");
    }

    @Test
    void pingLinesFlowWhileTheModelIsSilent() {
        model.stallAfter("Thinking");

        try (OpenStream stream = api.openJsonLines(ChatStreamTest.chat("Hi"), token)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.nextLine()).isEqualTo("{\"type\":\"session\",\"session_id\":" + stream.sessionId() + "}");
            assertThat(stream.nextLine()).isEqualTo("{\"type\":\"token\",\"content\":\"Thinking\"}");
            assertThat(stream.nextLine()).isEqualTo("{\"type\":\"ping\"}");
        }
    }

    @Test
    void aProviderFailureAfterTheFirstTokenEndsWithAnErrorLineThenDone() {
        model.failAfter(new ProviderException(ProviderException.Kind.RATE_LIMITED, "scripted", 429, "Rate limited"),
                "Hel", "lo");

        ApiResponse response = api.postJsonLines(ChatStreamTest.chat("Hi"), token);

        assertThat(withoutPings(response.body())).endsWith("""
                {"type":"token","content":"Hel"}
                {"type":"token","content":"lo"}
                {"type":"error","detail":"Rate limited"}
                {"type":"done","usage":null}
                """);
    }

    @Test
    void aRefusalBeforeTheStreamOpensIsAPlainJsonError() {
        ApiResponse response = api.postJsonLines("""
                {"model": "nope", "messages": [{"role": "user", "content": "Hi"}]}""", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.detail()).isEqualTo("Unknown model: nope");
    }

    @Test
    void aClientThatGoesAwayLeavesAPartialReplyWithWhatHadArrived() {
        model.stallAfter("Once upon", " a time");

        String sessionId;
        try (OpenStream stream = api.openJsonLines(ChatStreamTest.chat("Tell me a story"), token)) {
            sessionId = stream.sessionId();
            stream.nextLine();
            assertThat(stream.nextLine()).contains("Once upon");
            assertThat(stream.nextLine()).contains(" a time");
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode messages = api.get("/v1/chat/sessions/" + sessionId, token).json().path("messages");
            assertThat(messages.size()).isEqualTo(2);
            assertThat(messages.get(1).path("status").asText()).isEqualTo("partial");
            assertThat(messages.get(1).path("content").asText()).isEqualTo("Once upon a time");
        });
    }

    @Test
    void jsonLinesStreamsCountAgainstTheCapOnConcurrentReplies() {
        try (RunningApi capped = RunningApi.start(RunningApi.settings().withMaxConcurrentStreams(1))) {
            String alice = capped.core().tokenFor("alice");
            capped.core().model().stallAfter("Thinking");
            try (OpenStream first = capped.openJsonLines(ChatStreamTest.chat("Story"), alice)) {
                assertThat(first.nextLine()).contains("\"session\"");

                ApiResponse second = capped.postJsonLines(ChatStreamTest.chat("Another"), alice);

                assertThat(second.status()).isEqualTo(429);
                assertThat(second.detail()).isEqualTo("Too many concurrent streams");
            }
        }
    }

    @Test
    void aReplyWhoseCallerLogsOutEndsWithTheRevocationAsItsErrorLine() {
        model.stallAfter("Thinking");

        try (OpenStream stream = api.openJsonLines(ChatStreamTest.chat("Hi"), token)) {
            stream.nextLine();
            assertThat(stream.nextLine()).contains("Thinking");
            assertThat(api.post("/v1/auth/logout", "", token).status()).isEqualTo(200);

            assertThat(JsonLines.withoutPings(stream.remainingText())).extracting(JsonNode::toString).containsExactly(
                    "{\"type\":\"error\",\"detail\":\"Credentials revoked\"}", "{\"type\":\"done\",\"usage\":null}");
        }
    }

    static String withoutPings(String body) {
        return body.replace("{\"type\":\"ping\"}\n", "");
    }
}
