package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.testing.ScriptedChatModel;
import dev.parley.http.ApiResponse;
import dev.parley.http.OpenStream;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents;
import dev.parley.http.ServerSentEvents.Event;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatStreamTest {

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
    void aReplyStreamsAsDataEventsEndingWithDoneUnderEventStreamHeaders() {
        model.replyWith("Hello", "!");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi there"), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/event-stream");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.header("X-Accel-Buffering")).isEqualTo("no");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(withoutHeartbeats(response.body())).isEqualTo("data: Hello\n\ndata: !\n\ndata: [DONE]\n\n");
    }

    @Test
    void theSessionIdHeaderNamesTheNewSessionWhichHoldsBothTurns() {
        model.replyWith("Hello", "!");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi there"), token);

        String sessionId = response.header("X-Session-Id");
        assertThat(sessionId).matches("\\d+");
        JsonNode session = api.get("/v1/chat/sessions/" + sessionId, token).json();
        assertThat(session.path("title").asText()).isEqualTo("Hi there");
        assertThat(session.path("messages").toString()).contains("\"content\":\"Hi there\"", "\"content\":\"Hello!\"");
        assertThat(session.path("messages").get(1).path("status").asText()).isEqualTo("complete");
    }

    @Test
    void aTokenHoldingLineBreaksBecomesOneEventOfSeveralDataLines() {
        model.replyWith("line one\nline two", "a\r\nb\rc");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi"), token);

        assertThat(withoutHeartbeats(response.body())).isEqualTo(
                "data: line one\ndata: line two\n\ndata: a\ndata: b\ndata: c\n\ndata: [DONE]\n\n");
        List<Event> events = ServerSentEvents.parse(response.body());
        assertThat(events).extracting(Event::data).containsExactly("line one\nline two", "a\nb\nc", "[DONE]");
    }

    @Test
    void tokensThatJsonLinesCarryByteForByteArriveOverServerSentEventsWithEachLineBreakAsLf() {
        model.replyWith("a\r", "\r\nb", "data: x\n\nevent: y", "\u0000");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi"), token);

        assertThat(withoutHeartbeats(response.body())).isEqualTo("data: a\ndata: \n\n" + "data: \ndata: b\n\n"
                + "data: data: x\ndata: \ndata: event: y\n\n" + "data: \u0000\n\n" + "data: [DONE]\n\n");
        assertThat(ServerSentEvents.parse(response.body())).extracting(Event::data)
                .containsExactly("a\n", "\nb", "data: x\n\nevent: y", "\u0000", "[DONE]");
    }

    @Test
    void aStreamWithoutWebSearchHasNoSourcesEventAndSearchesNothing() {
        ApiResponse response = api.post("/v1/chat/stream", chat("Hi"), token);

        assertThat(ServerSentEvents.parse(response.body())).extracting(Event::type).containsOnly("message");
        assertThat(api.core().webSearch().queries()).isEmpty();
    }

    @Test
    void aTokenWithALeadingSpaceKeepsItForAConformingClient() {
        model.replyWith("Hello", " world", " ", "");

        ApiResponse response = api.post("/v1/chat/stream", chat("Hi"), token);

        assertThat(withoutHeartbeats(response.body()))
                .isEqualTo("data: Hello\n\ndata:  world\n\ndata:  \n\ndata: \n\ndata: [DONE]\n\n");
        assertThat(ServerSentEvents.replyText(ServerSentEvents.parse(response.body()))).isEqualTo("Hello world ");
    }

    @Test
    void continuingASessionSendsItsHistoryToTheModelAndKeepsTheSessionId() {
        model.replyWith("First answer");
        String sessionId = api.post("/v1/chat/stream", chat("First question"), token).header("X-Session-Id");

        ApiResponse second = api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Second question"}], "session_id": %s}""".formatted(sessionId),
                token);

        assertThat(second.header("X-Session-Id")).isEqualTo(sessionId);
        assertThat(model.lastRequest().messages()).containsExactly(
                new PromptMessage(Role.USER, "First question"),
                new PromptMessage(Role.ASSISTANT, "First answer"),
                new PromptMessage(Role.USER, "Second question"));
    }

    @Test
    void withoutAModelTheDefaultAnswersAndANamedModelBecomesTheSessionsModel() {
        String sessionId = api.post("/v1/chat/stream", chat("Hi"), token).header("X-Session-Id");
        assertThat(model.lastRequest().upstreamModel()).isEqualTo("upstream-test-model");

        api.post("/v1/chat/stream", """
                {"model": "other-model", "messages": [{"role": "user", "content": "Again"}], "session_id": %s}"""
                .formatted(sessionId), token);

        assertThat(model.lastRequest().upstreamModel()).isEqualTo("upstream-other-model");
        assertThat(api.get("/v1/chat/sessions/" + sessionId, token).json().path("model").asText())
                .isEqualTo("other-model");
    }

    @Test
    void samplingOptionsReachTheModelAndTemperatureDefaultsTo07() {
        api.post("/v1/chat/stream", chat("Hi"), token);
        assertThat(model.lastRequest().options().temperature()).isEqualTo(0.7);
        assertThat(model.lastRequest().options().maxTokens()).isNull();

        api.post("/v1/chat/stream", """
                {"messages": [{"role": "user", "content": "Hi"}], "temperature": 0.2, "max_tokens": 50}""", token);

        assertThat(model.lastRequest().options().temperature()).isEqualTo(0.2);
        assertThat(model.lastRequest().options().maxTokens()).isEqualTo(50);
    }

    @Test
    void keepAliveCommentsFlowWhileTheModelIsSilent() {
        model.stallAfter("Thinking");

        try (OpenStream stream = api.openStream(chat("Hi"), token)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.nextDataLine()).isEqualTo("data: Thinking");
            assertThat(stream.nextLine()).isEqualTo(": keep-alive");
        }
    }

    static String chat(String content) {
        return """
                {"messages": [{"role": "user", "content": "%s"}]}""".formatted(content);
    }

    static String withoutHeartbeats(String body) {
        return body.replace(": keep-alive\n\n", "");
    }
}
