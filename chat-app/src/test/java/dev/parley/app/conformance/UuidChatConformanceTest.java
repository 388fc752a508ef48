package dev.parley.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 004 ("uuidchat"), against the real server: every documented endpoint and the read-back addition, the
 * error cases in {@code {"error": ...}}, inference over server-sent events (stored, and visible through /v1),
 * inference with the internet through a SearxNG fake on loopback, single-user mode, and each of the original's
 * defects that Parley must not copy, shown fixed.
 */
class UuidChatConformanceTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADVICE = "Joe's on Carmine Street is the best.";
    /** SearxNG's JSON; the result's page is on the same loopback fake, so that no test ever reaches past loopback. */
    private static final String SEARXNG_RESULTS = """
            {"query": "q", "number_of_results": 0, "results": [
              {"url": "%s", "title": "Pizza guide", "content": "%s", "engine": "duckduckgo",
               "engines": ["duckduckgo"], "positions": [1], "score": 1.0, "category": "general"}],
             "answers": [], "corrections": [], "infoboxes": [], "suggestions": [], "unresponsive_engines": []}""";

    @TempDir
    Path dataDir;
    private final MockWebServer searxng = new MockWebServer();
    private RunningParley parley;
    private String alice;

    @BeforeEach
    void start() throws Exception {
        searxng.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/pizza")) {
                    return new MockResponse.Builder().setHeader("Content-Type", "text/html")
                            .body("<html><title>Pizza guide</title><p>" + ADVICE + "</p></html>").build();
                }
                return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                        .body(SEARXNG_RESULTS.formatted(searxng.url("/pizza"), ADVICE)).build();
            }
        });
        searxng.start();
        parley = RunningParley.start(dataDir, Map.of("PARLEY_SEARCH_URL", searxng.url("/").toString()));
        alice = register("alice");
    }

    @AfterEach
    void stop() {
        parley.close();
        searxng.close();
    }

    @Test
    void createChatAnswers201WithTheWholeChatAndInsertsNoGreetings() {
        HttpResponse<String> response = call("POST", "/chats/create", Map.of("name", "Chat 1"), alice);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode chat = RunningParley.parse(response);
        assertThat(UUID.fromString(chat.path("id").asText()).toString()).isEqualTo(chat.path("id").asText());
        assertThat(chat.path("name").asText()).isEqualTo("Chat 1");
        assertThat(chat.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(chat.path("updated_at").isTextual()).isTrue();
        assertThat(RunningParley.parse(call("GET", "/conversations/" + chat.path("id").asText(), null, alice)))
                .isEmpty();
    }

    @Test
    void listChatsAnswersTheCallersChatsLatestUpdatedFirst() {
        String first = createChat("First", alice);
        String second = createChat("Second", alice);
        createChat("Bob's", register("bob"));
        say(first, "Human", "bump");

        for (String path : List.of("/chats/", "/chats")) {
            HttpResponse<String> response = call("GET", path, null, alice);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(RunningParley.parse(response).findValuesAsText("id")).containsExactly(first, second);
        }
    }

    @Test
    void getChatAnswersTheChat() {
        String id = createChat("Mine", alice);

        HttpResponse<String> response = call("GET", "/chats/" + id, null, alice);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode chat = RunningParley.parse(response);
        assertThat(chat.path("id").asText()).isEqualTo(id);
        assertThat(chat.path("name").asText()).isEqualTo("Mine");
        assertThat(call("GET", "/chats/" + id + "/", null, alice).statusCode()).isEqualTo(200);
    }

    @Test
    void updateChatRenamesItAndIgnoresTheUpdatedAtSent() {
        String id = createChat("Old", alice);

        HttpResponse<String> response = call("PUT", "/chats/update/" + id,
                Map.of("name", "New", "updated_at", "2001-01-01T00:00:00Z"), alice);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(response).path("name").asText()).isEqualTo("New");
        assertThat(RunningParley.parse(response).path("updated_at").asText()).doesNotStartWith("2001");
        assertThat(RunningParley.parse(call("GET", "/chats/" + id, null, alice)).path("name").asText())
                .isEqualTo("New");
    }

    @Test
    void deleteChatWithMessagesAnswersTheDeletedChatAndTakesItsMessagesAlong() {
        String id = createChat("Doomed", alice);
        say(id, "Human", "Hello");
        say(id, "Assistant", "Hi there");

        HttpResponse<String> response = call("DELETE", "/chats/delete/" + id, null, alice);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningParley.parse(response).path("id").asText()).isEqualTo(id);
        assertThat(RunningParley.parse(response).path("name").asText()).isEqualTo("Doomed");
        assertThat(call("GET", "/chats/" + id, null, alice).statusCode()).isEqualTo(404);
        assertThat(RunningParley.parse(call("GET", "/v1/chat/history", null, alice)).path("total").asLong()).isZero();
    }

    @Test
    void createConversationAnswers201WithTheMessageForEitherRoleInAnyCase() {
        String chat = createChat("Talk", alice);

        HttpResponse<String> human = call("POST", "/conversations/create",
                Map.of("chat_id", chat, "role", "Human", "message", "Hello"), alice);
        HttpResponse<String> assistant = call("POST", "/conversations/create",
                Map.of("chat_id", chat, "role", "assistant", "message", "Hi"), alice);

        assertThat(human.statusCode()).isEqualTo(201);
        JsonNode message = RunningParley.parse(human);
        assertThat(UUID.fromString(message.path("id").asText())).isNotNull();
        assertThat(message.path("role").asText()).isEqualTo("Human");
        assertThat(message.path("chat_id").asText()).isEqualTo(chat);
        assertThat(message.path("message").asText()).isEqualTo("Hello");
        assertThat(message.path("created_at").isTextual()).isTrue();
        assertThat(message.path("updated_at").isTextual()).isTrue();
        assertThat(assistant.statusCode()).isEqualTo(201);
        assertThat(RunningParley.parse(assistant).path("role").asText()).isEqualTo("Assistant");
        assertThat(parley.provider().chatRequests()).isEmpty();
    }

    @Test
    void createConversationRefusesAnUnknownRoleMissingFieldsAndBadJsonWith400() {
        String chat = createChat("Talk", alice);

        HttpResponse<String> badRole = call("POST", "/conversations/create",
                Map.of("chat_id", chat, "role", "Robot", "message", "beep"), alice);
        HttpResponse<String> missing = call("POST", "/conversations/create", Map.of("chat_id", chat), alice);
        HttpResponse<String> broken = call("POST", "/conversations/create", "{\"chat_id\": ", alice);

        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(badRole).path("error").asText()).contains("Human").contains("Assistant");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(missing).path("error").asText()).contains("role").contains("message");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(RunningParley.parse(broken).has("error")).isTrue();
        assertThat(RunningParley.parse(call("GET", "/conversations/" + chat, null, alice))).isEmpty();
    }

    @Test
    void listConversationsAnAdditionReadsAChatBackOldestFirstWithStableIds() {
        String chat = createChat("Talk", alice);
        String first = say(chat, "Human", "one");
        String second = say(chat, "Assistant", "two");

        HttpResponse<String> response = call("GET", "/conversations/" + chat, null, alice);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode messages = RunningParley.parse(response);
        assertThat(messages.findValuesAsText("id")).containsExactly(first, second);
        assertThat(messages.findValuesAsText("role")).containsExactly("Human", "Assistant");
        assertThat(messages.findValuesAsText("message")).containsExactly("one", "two");
        assertThat(RunningParley.parse(call("GET", "/conversations/" + chat, null, alice)).findValuesAsText("id"))
                .containsExactly(first, second);
    }

    @Test
    void unknownMalformedAndOtherUsersIdsAre404ChatNotFoundNever500() {
        String bobs = createChat("Bob's", register("bob"));
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "12", bobs)) {
            List<HttpResponse<String>> answers = List.of(call("GET", "/chats/" + id, null, alice),
                    call("PUT", "/chats/update/" + id, Map.of("name", "x"), alice),
                    call("DELETE", "/chats/delete/" + id, null, alice),
                    call("GET", "/conversations/" + id, null, alice),
                    call("POST", "/conversations/create", Map.of("chat_id", id, "role", "Human", "message", "x"), alice),
                    call("GET", "/conversations/inference/" + id, null, alice),
                    call("GET", "/conversations/inference_internet/" + id, null, alice));
            for (HttpResponse<String> answer : answers) {
                assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri()).isEqualTo(404);
                assertThat(answer.body()).isEqualTo("{\"error\":\"Chat not found\"}");
            }
        }
        assertThat(RunningParley.parse(call("GET", "/chats/" + bobs, null, alice)).path("error").asText())
                .isEqualTo("Chat not found");
    }

    @Test
    void withoutACredentialTheRoutesAre401NotAuthenticated() {
        for (String path : List.of("/chats/", "/conversations/inference/" + UUID.randomUUID())) {
            HttpResponse<String> response = call("GET", path, null, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"error\":\"Not authenticated\"}");
        }
    }

    @Test
    void inferenceStreamsTheAnswerAsDataEventsEndsWithDoneAndStoresIt() {
        String chat = createChat("Questions", alice);
        say(chat, "Human", "What is Parley?");

        HttpResponse<String> response = call("GET", "/conversations/inference/" + chat, null, alice);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<Event> events = events(response.body());
        Event done = events.getLast();
        assertThat(done.type()).isEqualTo("done");
        String answer = text(events);
        assertThat(answer).startsWith("Reply").endsWith(": What is Parley?");
        JsonNode stored = RunningParley.parse(call("GET", "/conversations/" + chat, null, alice));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1).path("role").asText()).isEqualTo("Assistant");
        assertThat(stored.get(1).path("message").asText()).isEqualTo(answer);
        JsonNode end = parse(done.data());
        assertThat(end.path("id").asText()).isEqualTo(stored.get(1).path("id").asText());
        assertThat(end.path("status").asText()).isEqualTo("complete");
    }

    @Test
    void inferenceIsStoredAndVisibleThroughV1AsTheSameConversation() {
        String chat = createChat("Shared chat", alice);
        say(chat, "Human", "Hello from 004");
        String answer = text(events(call("GET", "/conversations/inference/" + chat, null, alice).body()));

        JsonNode session = sessionTitled("Shared chat");
        JsonNode viaV1 = RunningParley.parse(call("GET", "/v1/chat/sessions/" + session.path("id").asLong(), null,
                alice));

        assertThat(viaV1.path("messages").findValuesAsText("content")).containsExactly("Hello from 004", answer);
        assertThat(viaV1.path("messages").findValuesAsText("role")).containsExactly("user", "assistant");
    }

    @Test
    void aConversationStartedThroughV1IsAChatHere() {
        HttpResponse<String> created = call("POST", "/v1/chat/sessions", Map.of("title", "Made in v1"), alice);
        assertThat(created.statusCode()).isEqualTo(201);

        JsonNode chats = RunningParley.parse(call("GET", "/chats/", null, alice));

        assertThat(chats.findValuesAsText("name")).containsExactly("Made in v1");
        String id = chats.get(0).path("id").asText();
        assertThat(call("GET", "/chats/" + id, null, alice).statusCode()).isEqualTo(200);
    }

    @Test
    void inferenceOnAChatWithoutMessagesIsAPlainJson400() {
        String chat = createChat("Empty", alice);

        HttpResponse<String> response = call("GET", "/conversations/inference/" + chat, null, alice);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(RunningParley.parse(response).path("error").asText()).isNotBlank();
        assertThat(parley.provider().chatRequests()).isEmpty();
    }

    @Test
    void inferenceInternetSearchesTheNewestHumanMessageIntactAndSendsTheSourcesFirst() throws Exception {
        String chat = createChat("Food", alice);
        say(chat, "Human", "pizza & pasta near me?");

        HttpResponse<String> response = call("GET", "/conversations/inference_internet/" + chat, null, alice);

        assertThat(response.statusCode()).isEqualTo(200);
        List<Event> events = events(response.body());
        assertThat(events.getFirst().type()).isEqualTo("sources");
        assertThat(parse(events.getFirst().data()).get(0).path("url").asText())
                .isEqualTo(searxng.url("/pizza").toString());
        assertThat(events.getLast().type()).isEqualTo("done");
        RecordedRequest search = searxng.takeRequest(5, TimeUnit.SECONDS);
        assertThat(search.getUrl().queryParameter("q")).isEqualTo("pizza & pasta near me?");
        assertThat(parley.provider().lastChatRequest().path("messages").toString())
                .contains(ADVICE);
        JsonNode stored = RunningParley.parse(call("GET", "/conversations/" + chat, null, alice));
        assertThat(stored.get(1).path("message").asText()).isEqualTo(text(events));
    }

    @Test
    void inferenceInternetWithoutASearchEngineIsAPlainJson400() {
        try (RunningParley unsearchable = RunningParley.start(dataDir.resolve("other"))) {
            String token = register(unsearchable, "carol");
            String chat = RunningParley.parse(unsearchable.json("POST", "/chats/create", Map.of("name", "x"),
                    "Authorization", "Bearer " + token)).path("id").asText();
            unsearchable.json("POST", "/conversations/create", Map.of("chat_id", chat, "role", "Human", "message", "hi"),
                    "Authorization", "Bearer " + token);

            HttpResponse<String> response = unsearchable.json("GET", "/conversations/inference_internet/" + chat, null,
                    "Authorization", "Bearer " + token);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(RunningParley.parse(response).path("error").asText()).contains("not configured");
            assertThat(unsearchable.provider().chatRequests()).isEmpty();
        }
    }

    @Test
    void inSingleUserModeEveryRouteWorksWithoutACredential() {
        try (RunningParley single = RunningParley.start(dataDir.resolve("single"), Map.of("PARLEY_AUTH", "none"))) {
            String origin = "http://127.0.0.1:" + single.base().getPort();
            HttpResponse<String> created = single.json("POST", "/chats/create", Map.of("name", "Local"),
                    "Origin", origin);
            assertThat(created.statusCode()).isEqualTo(201);
            String chat = RunningParley.parse(created).path("id").asText();
            assertThat(single.json("POST", "/conversations/create",
                    Map.of("chat_id", chat, "role", "Human", "message", "hi"), "Origin", origin).statusCode())
                    .isEqualTo(201);

            HttpResponse<String> inference = single.json("GET", "/conversations/inference/" + chat, null);

            assertThat(inference.statusCode()).isEqualTo(200);
            assertThat(events(inference.body()).getLast().type()).isEqualTo("done");
            assertThat(RunningParley.parse(single.json("GET", "/chats/", null)).findValuesAsText("name"))
                    .containsExactly("Local");
            assertThat(single.json("PUT", "/chats/update/" + chat, Map.of("name", "Renamed"), "Origin", origin)
                    .statusCode()).isEqualTo(200);
            assertThat(single.json("DELETE", "/chats/delete/" + chat, null, "Origin", origin).statusCode())
                    .isEqualTo(200);
        }
    }

    // --- helpers ---

    /** One dispatched server-sent event, read as an EventSource client reads it. */
    private record Event(String type, String data) {
    }

    private static List<Event> events(String stream) {
        List<Event> events = new ArrayList<>();
        StringBuilder data = null;
        String type = "message";
        for (String line : stream.split("\n", -1)) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new Event(type, data.toString()));
                }
                data = null;
                type = "message";
            } else if (line.startsWith("data:")) {
                String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            } else if (line.startsWith("event:")) {
                type = line.substring(6).strip();
            }
        }
        return events;
    }

    /** The answer a client shows: the data of the plain events, joined. */
    private static String text(List<Event> events) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.type().equals("message")).forEach(e -> text.append(e.data()));
        return text.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }

    private JsonNode sessionTitled(String title) {
        for (JsonNode session : RunningParley.parse(call("GET", "/v1/chat/history", null, alice)).path("sessions")) {
            if (session.path("title").asText().equals(title)) {
                return session;
            }
        }
        throw new AssertionError("no session titled " + title);
    }

    private HttpResponse<String> call(String method, String path, Object body, String token) {
        return token == null ? parley.json(method, path, body)
                : parley.json(method, path, body, "Authorization", "Bearer " + token);
    }

    private String createChat(String name, String token) {
        HttpResponse<String> response = call("POST", "/chats/create", Map.of("name", name), token);
        assertThat(response.statusCode()).isEqualTo(201);
        return RunningParley.parse(response).path("id").asText();
    }

    private String say(String chat, String role, String message) {
        HttpResponse<String> response = call("POST", "/conversations/create",
                Map.of("chat_id", chat, "role", role, "message", message), alice);
        assertThat(response.statusCode()).isEqualTo(201);
        return RunningParley.parse(response).path("id").asText();
    }

    private String register(String username) {
        return register(parley, username);
    }

    private static String register(RunningParley server, String username) {
        Map<String, String> credentials = Map.of("username", username, "password", PASSWORD);
        assertThat(server.json("POST", "/v1/auth/register", credentials).statusCode()).isEqualTo(201);
        return RunningParley.parse(server.json("POST", "/v1/auth/token", credentials)).path("access_token").asText();
    }
}
