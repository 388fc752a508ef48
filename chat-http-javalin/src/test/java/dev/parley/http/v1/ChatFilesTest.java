package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.conversation.Conversation;
import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileUse;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.port.in.ReplyObserver;
import dev.parley.core.port.in.SendMessageUseCase;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.JsonLines;
import dev.parley.http.RunningApi;
import dev.parley.http.ServerSentEvents;
import dev.parley.http.ServerSentEvents.Event;
import dev.parley.http.TestUseCases;
import dev.parley.http.support.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session's files a reply was given reach the client before any token, in every answer shape, and stay in
 * the reply's request metadata. The core here tells the observer of two files, as it does for a session with files.
 */
class ChatFilesTest {

    private static final List<FileUse> USED = List.of(new FileUse(new FileId(3), "report \"v2\".pdf", false),
            new FileUse(new FileId(4), "notes.txt", true));
    private static final String FILES = "[{\"id\":3,\"filename\":\"report \\\"v2\\\".pdf\",\"truncated\":false},"
            + "{\"id\":4,\"filename\":\"notes.txt\",\"truncated\":true}]";
    private static final String CHAT = "{\"messages\": [{\"role\": \"user\", \"content\": \"What do they say?\"}]";

    private RunningApi api;
    private String token;

    @BeforeEach
    void start() {
        TestCore core = TestCore.create();
        api = RunningApi.start(core, TestUseCases.withSendMessage(core.useCases(), tellingFiles(core.useCases().sendMessage())));
        token = core.tokenFor("alice");
        core.model().replyWith("They", " agree.");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** {@code real}, telling each observer of {@link #USED} once the turns are accepted. */
    private static SendMessageUseCase tellingFiles(SendMessageUseCase real) {
        return (command, observer, cancellation) -> real.send(command, new ReplyObserver() {
            @Override
            public void accepted(Conversation conversation, List<Message> userMessages) {
                observer.accepted(conversation, userMessages);
                observer.files(USED);
            }

            @Override
            public void sources(List<WebSource> sources) {
                observer.sources(sources);
            }

            @Override
            public void token(String token) {
                observer.token(token);
            }
        }, cancellation);
    }

    @Test
    void theEventStreamSendsAFilesEventBeforeAnyTokenToAClientAskingForEvents() {
        ApiResponse response = api.send(api.request("/v1/chat/stream", token).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream").POST(java.net.http.HttpRequest.BodyPublishers.ofString(CHAT + "}")));

        assertThat(ChatStreamTest.withoutHeartbeats(response.body())).startsWith("event: files\ndata: " + FILES + "\n\n");
        assertThat(ServerSentEvents.parse(response.body())).containsExactly(new Event("files", FILES),
                new Event("message", "They"), new Event("message", " agree."), new Event("message", "[DONE]"));
    }

    @Test
    void aClientAskingForNoEventsInParticularGetsOnly002sDataLines() {
        // 002's clients (curl, its aiohttp example: Accept */*) print every data: line as reply text.
        ApiResponse response = api.post("/v1/chat/stream", CHAT + "}", token);

        assertThat(ServerSentEvents.parse(response.body())).containsExactly(new Event("message", "They"),
                new Event("message", " agree."), new Event("message", "[DONE]"));
    }

    @Test
    void jsonLinesSendAFilesLineAfterTheSession() {
        ApiResponse response = api.postJsonLines(CHAT + "}", token);

        List<JsonNode> lines = JsonLines.parse(response.body()).stream()
                .filter(line -> !line.path("type").asText().equals("ping")).toList();
        assertThat(lines).extracting(line -> line.path("type").asText())
                .containsExactly("session", "files", "token", "token", "done");
        assertThat(lines.get(1).toString()).isEqualTo("{\"type\":\"files\",\"files\":" + FILES + "}");
    }

    @Test
    void aWholeReplyListsTheFilesAndOneWithoutFilesLeavesThemOut() {
        ApiResponse withFiles = api.post("/v1/chat/stream", CHAT + ", \"stream\": false}", token);
        try (RunningApi plain = RunningApi.start()) {
            ApiResponse without = plain.post("/v1/chat/stream", CHAT + ", \"stream\": false}", plain.core().tokenFor("bob"));

            assertThat(withFiles.json().path("files").toString()).isEqualTo(FILES);
            assertThat(without.json().has("files")).isFalse();
        }
    }

    @Test
    void aStoredRepliesRequestListsTheFilesItWasGiven() throws Exception {
        RequestMetadata metadata = new RequestMetadata("scripted", "upstream-test-model", null, GenerationOptions.DEFAULTS,
                null, 12, 1, List.of(), false, List.of(), null, USED);

        String json = Json.newMapper().writeValueAsString(RequestResponse.ofNullable(metadata));

        assertThat(json).endsWith(",\"error\":null,\"files\":" + FILES + "}");
    }

    @Test
    void aStoredReplyGivenNoFilesSaysSoInItsRequest() {
        try (RunningApi plain = RunningApi.start()) {
            String bob = plain.core().tokenFor("bob");
            String session = plain.post("/v1/chat/stream", CHAT + ", \"stream\": false}", bob).json().path("session_id").asText();

            JsonNode reply = plain.get("/v1/chat/sessions/" + session, bob).json().path("messages").get(1);

            assertThat(reply.path("request").path("files").toString()).isEqualTo("[]");
        }
    }
}
