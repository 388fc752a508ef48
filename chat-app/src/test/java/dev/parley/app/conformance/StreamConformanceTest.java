package dev.parley.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 002 ("stream") against the real server: first every cURL example of the document, run as written
 * with the real {@code curl} (resource {@code conformance/002-curl-examples.sh}), then each endpoint and
 * documented error case the examples leave out, and the notes' items: a token holding a newline framed as
 * several {@code data:} lines, FastAPI's 422 body, and 401 (not 403) without a bearer token.
 */
class StreamConformanceTest {

    private static final String PDF_TEXT = "Quarterly revenue rose by twelve percent";
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static RunningParley parley;
    private static CurlExamples examples;
    private static byte[] documentPdf;

    private String token;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        // The examples must run, not be skipped: without curl the suite fails here.
        assertThat(new ProcessBuilder("curl", "--version").start().waitFor()).as("curl on the PATH").isZero();
        // The document's examples name these models.
        parley = RunningParley.start(dir, Map.of("PARLEY_MODELS", "gpt-4,gpt-3.5-turbo"));
        Path work = Files.createDirectories(dir.resolve("curl-work"));
        documentPdf = pdf(PDF_TEXT, "A second page");
        Files.write(work.resolve("document.pdf"), documentPdf);
        examples = CurlExamples.load("/conformance/002-curl-examples.sh", work);
    }

    @AfterAll
    static void stop() {
        if (parley != null) {
            parley.close();
        }
    }

    @BeforeEach
    void signUp() {
        token = newUser();
    }

    // ---- the document's cURL examples, as written ----

    @Test
    void theResourceHoldsEveryExampleOfTheDocumentInItsOrder() {
        assertThat(examples.names()).containsExactly("stream", "stream-with-session", "switch-model", "history",
                "history-with-filters", "delete-session", "upload", "create-prompt", "list-prompts",
                "preview-prompt", "update-prompt", "delete-prompt");
        assertThat(examples.command("stream")).startsWith("curl -X POST http://localhost:7001/v1/chat/stream \\\n")
                .endsWith("\"temperature\": 0.7\n  }'");
    }

    @Test
    void streamExampleAnswersServerSentTokensEndingWithDone() {
        CurlExamples.Result result = run("stream", Map.of());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        assertThat(result.body()).endsWith("data: [DONE]\n\n");
        List<String> events = dataEvents(result.body());
        assertThat(events.getLast()).isEqualTo("[DONE]");
        assertThat(String.join("", events.subList(0, events.size() - 1))).matches("Reply \\d+ from gpt-4: Tell me a story");
        assertThat(result.body().lines().filter(line -> !line.isEmpty())).allMatch(line -> line.startsWith("data: "));
        assertThat(parley.provider().lastChatRequest().path("temperature").asDouble()).isEqualTo(0.7);
        assertThat(parley.provider().lastChatRequest().path("model").asText()).isEqualTo("gpt-4");
    }

    @Test
    void streamWithSessionExampleContinuesThatSession() {
        long session = startSession(token, "gpt-4");

        CurlExamples.Result result = run("stream-with-session", Map.of("\"session_id\": 123", "\"session_id\": " + session));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.header("X-Session-Id")).hasValue(Long.toString(session));
        assertThat(dataEvents(result.body())).last().isEqualTo("[DONE]");
        JsonNode history = parse(get("/v1/chat/history", token));
        assertThat(history.path("total").asLong()).isEqualTo(1);
        assertThat(history.path("sessions").get(0).path("messages")).hasSize(4);
        // The whole conversation went to the model, not only the new turn.
        assertThat(parley.provider().lastChatRequest().path("messages")).hasSize(3);
    }

    @Test
    void switchModelExampleAnswersTheSessionWithItsHistoryUnderTheNewModel() {
        long session = startSession(token, "gpt-4");

        CurlExamples.Result result = run("switch-model", Map.of("\"session_id\": 123", "\"session_id\": " + session));

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(fieldNames(body)).contains("session_id", "model", "messages", "title");
        assertThat(body.path("session_id").asLong()).isEqualTo(session);
        assertThat(body.path("model").asText()).isEqualTo("gpt-3.5-turbo");
        assertThat(body.path("title").isTextual()).isTrue();
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("Hello there");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("assistant");

        stream(token, Map.of("session_id", session, "messages", List.of(userMessage("And now?"))));
        JsonNode asked = parley.provider().lastChatRequest();
        assertThat(asked.path("model").asText()).isEqualTo("gpt-3.5-turbo");
        assertThat(asked.path("messages").get(0).path("content").asText()).isEqualTo("Hello there");
    }

    @Test
    void historyExampleAnswersTheFirstPageNewestFirst() {
        long older = startSession(token, "gpt-4");
        long newer = startSession(token, "gpt-3.5-turbo");

        CurlExamples.Result result = run("history", Map.of());

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(body.path("total").asLong()).isEqualTo(2);
        assertThat(body.path("page").asInt()).isEqualTo(1);
        assertThat(body.path("page_size").asInt()).isEqualTo(10);
        JsonNode sessions = body.path("sessions");
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).path("id").asLong()).isEqualTo(newer);
        assertThat(sessions.get(1).path("id").asLong()).isEqualTo(older);
        JsonNode session = sessions.get(0);
        assertThat(fieldNames(session)).contains("id", "user_id", "application_id", "model", "title", "messages",
                "created_at", "updated_at");
        assertThat(session.path("user_id").isIntegralNumber()).isTrue();
        assertThat(session.path("model").asText()).isEqualTo("gpt-3.5-turbo");
        assertThat(session.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(session.path("messages").get(0).path("content").asText()).isEqualTo("Hello there");
        assertIsoInstant(session.path("created_at"));
        assertIsoInstant(session.path("updated_at"));
    }

    @Test
    void historyWithFiltersExampleKeepsTheModelsSessionsCreatedSinceTheDate() {
        long gpt4 = startSession(token, "gpt-4");
        startSession(token, "gpt-3.5-turbo");

        CurlExamples.Result result = run("history-with-filters", Map.of());

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(body.path("total").asLong()).isEqualTo(1);
        assertThat(body.path("sessions")).singleElement()
                .satisfies(s -> assertThat(s.path("id").asLong()).isEqualTo(gpt4))
                .satisfies(s -> assertThat(s.path("model").asText()).isEqualTo("gpt-4"));
    }

    @Test
    void deleteSessionExampleDeletesItForGood() {
        long session = startSession(token, "gpt-4");
        Map<String, String> ids = Map.of("/v1/chat/sessions/123", "/v1/chat/sessions/" + session);

        CurlExamples.Result result = run("delete-session", ids);

        assertThat(result.status()).isEqualTo(200);
        assertThat(json(result)).isEqualTo(parse("{\"message\":\"Session deleted successfully\"}"));
        CurlExamples.Result again = run("delete-session", ids);
        assertThat(again.status()).isEqualTo(404);
        assertThat(json(again)).isEqualTo(parse("{\"detail\":\"Chat session not found\"}"));
        assertThat(parse(get("/v1/chat/history", token)).path("total").asLong()).isZero();
    }

    @Test
    void uploadExampleStoresThePdfWithItsTextAndPageCount() {
        long session = startSession(token, "gpt-4");

        CurlExamples.Result result = run("upload", Map.of("/sessions/123/", "/sessions/" + session + "/"));

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("file", "message");
        assertThat(body.path("message").asText()).isEqualTo("File uploaded successfully");
        JsonNode file = body.path("file");
        assertThat(fieldNames(file)).contains("id", "filename", "file_size", "mime_type", "extracted_text", "metadata");
        assertThat(file.path("id").isIntegralNumber()).isTrue();
        assertThat(file.path("filename").asText()).isEqualTo("document.pdf");
        assertThat(file.path("file_size").asLong()).isEqualTo(documentPdf.length);
        assertThat(file.path("mime_type").asText()).isEqualTo("application/pdf");
        assertThat(file.path("extracted_text").asText()).contains(PDF_TEXT);
        assertThat(file.path("metadata").path("page_count").asInt()).isEqualTo(2);

        // "used as context in the chat session"
        stream(token, Map.of("session_id", session, "messages", List.of(userMessage("What rose?"))));
        assertThat(parley.provider().lastChatRequest().toString()).contains(PDF_TEXT);
    }

    @Test
    void streamExampleInASessionWithAPdfStillSendsNothingButTokenDataLines() {
        long session = startSession(token, "gpt-4");
        assertThat(run("upload", Map.of("/sessions/123/", "/sessions/" + session + "/")).status()).isEqualTo(200);

        CurlExamples.Result result = run("stream-with-session", Map.of("\"session_id\": 123", "\"session_id\": " + session));

        // 002's clients read every data: line as reply text, so Parley's files event is not sent to them.
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().lines().filter(line -> !line.isEmpty())).allMatch(line -> line.startsWith("data: "));
        List<String> events = dataEvents(result.body());
        assertThat(String.join("", events.subList(0, events.size() - 1))).matches("Reply \\d+ from gpt-4: Tell me a story");
        assertThat(parley.provider().lastChatRequest().toString()).contains(PDF_TEXT);
    }

    @Test
    void createPromptExampleAnswersThePromptAsTheDocumentShowsIt() {
        CurlExamples.Result result = run("create-prompt", Map.of());

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(fieldNames(body)).contains("id", "title", "content", "scenario", "description", "metadata",
                "is_template", "usage_count", "created_at", "updated_at");
        assertThat(body.path("id").isIntegralNumber()).isTrue();
        assertThat(body.path("title").asText()).isEqualTo("Text Summarizer");
        assertThat(body.path("content").asText()).isEqualTo("Summarize the following text: {text}");
        assertThat(body.path("scenario").asText()).isEqualTo("summarization");
        assertThat(body.path("description").asText()).isEqualTo("Generates concise summaries");
        assertThat(body.path("metadata").isObject()).isTrue();
        assertThat(body.path("is_template").asBoolean(true)).isFalse();
        assertThat(body.path("usage_count").asInt(-1)).isZero();
        assertIsoInstant(body.path("created_at"));
        assertIsoInstant(body.path("updated_at"));
    }

    @Test
    void listPromptsExampleAnswersOnePageOfThatScenario() {
        long mine = createPrompt(token, "Mine", "summarization");
        createPrompt(token, "Other", "translation");

        CurlExamples.Result result = run("list-prompts", Map.of());

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(fieldNames(body)).contains("items", "total", "page", "page_size");
        assertThat(body.path("page").asInt()).isEqualTo(1);
        assertThat(body.path("page_size").asInt()).isEqualTo(20);
        List<JsonNode> items = elements(body.path("items"));
        assertThat(items).allSatisfy(p -> assertThat(p.path("scenario").asText()).isEqualTo("summarization"));
        assertThat(items).extracting(p -> p.path("id").asLong()).contains(mine);
        assertThat(body.path("total").asLong()).isEqualTo(items.size());
        // include_templates defaults to true: the shipped summarization template is listed too.
        assertThat(items).anySatisfy(p -> assertThat(p.path("is_template").asBoolean()).isTrue());
    }

    @Test
    void previewPromptExampleAnswersTheModelsPreviewOfTheFilledInPrompt() {
        long prompt = createPrompt(token, "Text Summarizer", "summarization");

        CurlExamples.Result result = run("preview-prompt", Map.of("\"prompt_id\": 1,", "\"prompt_id\": " + prompt + ","));

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("preview", "tokens_used", "model_used");
        JsonNode asked = parley.provider().lastChatRequest();
        assertThat(asked.toString()).contains("Summarize the following text: Sample text to summarize");
        assertThat(body.path("preview").asText()).contains("Sample text to summarize");
        assertThat(body.path("tokens_used").isIntegralNumber()).isTrue();
        assertThat(body.path("tokens_used").asInt()).isPositive();
        assertThat(body.path("model_used").asText()).isEqualTo(asked.path("model").asText());
    }

    @Test
    void previewPromptExampleWithItsOwnIdPreviewsTheShippedSummaryTemplate() {
        CurlExamples.Result result = run("preview-prompt", Map.of());

        assertThat(result.status()).isEqualTo(200);
        assertThat(json(result).path("preview").asText()).contains("Sample text to summarize");
        assertThat(parley.provider().lastChatRequest().toString()).contains("Summarize the following text");
    }

    @Test
    void updatePromptExampleChangesOnlyTheFieldsGiven() {
        long prompt = createPrompt(token, "Text Summarizer", "summarization");

        CurlExamples.Result result = run("update-prompt", Map.of("/api/chat/prompts/1", "/api/chat/prompts/" + prompt));

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = json(result);
        assertThat(fieldNames(body)).contains("id", "title", "content", "scenario", "description", "metadata",
                "is_template", "usage_count", "created_at", "updated_at");
        assertThat(body.path("id").asLong()).isEqualTo(prompt);
        assertThat(body.path("title").asText()).isEqualTo("Updated Title");
        assertThat(body.path("content").asText()).isEqualTo("Updated content");
        assertThat(body.path("scenario").asText()).isEqualTo("summarization");
    }

    @Test
    void deletePromptExampleDeletesIt() {
        long prompt = createPrompt(token, "Text Summarizer", "summarization");
        Map<String, String> ids = Map.of("/api/chat/prompts/1", "/api/chat/prompts/" + prompt);

        CurlExamples.Result result = run("delete-prompt", ids);

        assertThat(result.status()).isEqualTo(200);
        assertThat(json(result)).isEqualTo(parse("{\"message\":\"Prompt deleted successfully\"}"));
        CurlExamples.Result again = run("delete-prompt", ids);
        assertThat(again.status()).isEqualTo(404);
        assertThat(json(again)).isEqualTo(parse("{\"detail\":\"Prompt not found\"}"));
    }

    @Test
    void updateAndDeleteExamplesAsWrittenAreRefused403OnTheShippedTemplate() {
        CurlExamples.Result update = run("update-prompt", Map.of());
        CurlExamples.Result delete = run("delete-prompt", Map.of());

        assertThat(update.status()).isEqualTo(403);
        assertThat(json(update).path("detail").isTextual()).isTrue();
        assertThat(delete.status()).isEqualTo(403);
        assertThat(json(delete).path("detail").isTextual()).isTrue();
    }

    // ---- what the examples leave out: POST /v1/chat/stream ----

    @Test
    void streamWithoutATemperatureSamplesAtTheDocumentedDefault() {
        // The document's Python example sends no temperature; 002 documents 0.7 as the default.
        HttpResponse<String> response = stream(token, chat("gpt-4", "Tell me a story"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parley.provider().lastChatRequest().path("temperature").asDouble()).isEqualTo(0.7);
    }

    @Test
    void streamWithoutABearerTokenAnswers401NotFastApis403() {
        HttpResponse<String> response = parley.json("POST", "/v1/chat/stream", chat("gpt-4", "Hi"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(parse(response)).isEqualTo(parse("{\"detail\":\"Not authenticated\"}"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void streamWithABadBearerTokenAnswers401() {
        HttpResponse<String> response = parley.json("POST", "/v1/chat/stream", chat("gpt-4", "Hi"),
                "Authorization", "Bearer not-a-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(parse(response).path("detail").asText()).isEqualTo("Could not validate credentials");
    }

    @Test
    void aTokenHoldingANewlineIsSentAsSeveralDataLinesAndRebuiltExactly() {
        // The fake provider streams its answer word by word, so "one\ntwo" arrives as one token.
        HttpResponse<String> response = stream(token, chat("gpt-4", "one\ntwo"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("data:  one\ndata: two\n\n");
        List<String> events = dataEvents(response.body());
        assertThat(events).contains(" one\ntwo");
        assertThat(String.join("", events.subList(0, events.size() - 1))).endsWith("gpt-4: one\ntwo");
        long session = Long.parseLong(response.headers().firstValue("X-Session-Id").orElseThrow());
        JsonNode stored = parse(get("/v1/chat/history", token)).path("sessions").get(0);
        assertThat(stored.path("id").asLong()).isEqualTo(session);
        assertThat(stored.path("messages").get(1).path("content").asText()).endsWith("gpt-4: one\ntwo");
    }

    @Test
    void streamWithoutMessagesAnswersFastApis422Body() {
        HttpResponse<String> response = stream(token, Map.of("model", "gpt-4"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(parse(response)).isEqualTo(parse(
                "{\"detail\":[{\"loc\":[\"body\",\"messages\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}"));
    }

    @Test
    void streamWithMalformedJsonOrAMistypedFieldAnswers422() {
        HttpResponse<String> malformed = parley.json("POST", "/v1/chat/stream", "{\"model\": ", bearer(token));
        HttpResponse<String> mistyped = stream(token, Map.of("model", "gpt-4", "messages", "Hi"));

        assertThat(malformed.statusCode()).isEqualTo(422);
        assertFastApiValidation(parse(malformed), "body");
        assertThat(mistyped.statusCode()).isEqualTo(422);
        assertFastApiValidation(parse(mistyped), "body", "messages");
    }

    @Test
    void streamWithATemperatureOutOfItsRangeAnswers422() {
        Map<String, Object> body = Map.of("model", "gpt-4", "messages", List.of(userMessage("Hi")), "temperature", 2.5);

        HttpResponse<String> response = stream(token, body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertFastApiValidation(parse(response), "body", "temperature");
    }

    @Test
    void streamWithAnUnknownModelAnswers400() {
        HttpResponse<String> response = stream(token, chat("no-such-model", "Hi"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).path("detail").asText()).contains("no-such-model");
    }

    @Test
    void streamIntoAMissingOrAnotherUsersSessionAnswers404() {
        long theirs = startSession(newUser(), "gpt-4");
        Map<String, Object> body = Map.of("model", "gpt-4", "messages", List.of(userMessage("Hi")), "session_id", theirs);

        HttpResponse<String> other = stream(token, body);
        HttpResponse<String> missing = stream(token, Map.of("model", "gpt-4", "messages", List.of(userMessage("Hi")),
                "session_id", 999_999));

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(parse(other)).isEqualTo(parse("{\"detail\":\"Chat session not found\"}"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(parse(missing)).isEqualTo(parse("{\"detail\":\"Chat session not found\"}"));
    }

    @Test
    void streamFalseAnswersTheWholeReplyAsJson() {
        Map<String, Object> body = Map.of("model", "gpt-4", "messages", List.of(userMessage("Hi")), "stream", false);

        HttpResponse<String> response = stream(token, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("from gpt-4: Hi");
    }

    // ---- POST /v1/chat/switch-model ----

    @Test
    void switchModelOfAMissingOrAnotherUsersSessionAnswers404() {
        long theirs = startSession(newUser(), "gpt-4");

        HttpResponse<String> other = post("/v1/chat/switch-model", token, Map.of("session_id", theirs, "model", "gpt-4"));
        HttpResponse<String> missing = post("/v1/chat/switch-model", token, Map.of("session_id", 999_999, "model", "gpt-4"));

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(parse(other)).isEqualTo(parse("{\"detail\":\"Chat session not found\"}"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(parse(missing)).isEqualTo(parse("{\"detail\":\"Chat session not found\"}"));
    }

    @Test
    void switchModelToAnUnknownModelAnswers400AndKeepsTheModel() {
        long session = startSession(token, "gpt-4");

        HttpResponse<String> response = post("/v1/chat/switch-model", token,
                Map.of("session_id", session, "model", "no-such-model"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).path("detail").asText()).contains("no-such-model");
        assertThat(parse(get("/v1/chat/history", token)).path("sessions").get(0).path("model").asText()).isEqualTo("gpt-4");
    }

    @Test
    void switchModelWithoutItsFieldsAnswers422ListingBoth() {
        HttpResponse<String> response = post("/v1/chat/switch-model", token, Map.of());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = parse(response).path("detail");
        assertThat(elements(detail)).extracting(e -> e.path("loc").toString())
                .containsExactlyInAnyOrder("[\"body\",\"session_id\"]", "[\"body\",\"model\"]");
        assertThat(elements(detail)).allSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("missing"));
    }

    @Test
    void switchModelWithoutABearerTokenAnswers401() {
        HttpResponse<String> response = parley.json("POST", "/v1/chat/switch-model",
                Map.of("session_id", 1, "model", "gpt-4"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(parse(response)).isEqualTo(parse("{\"detail\":\"Not authenticated\"}"));
    }

    // ---- GET /v1/chat/history and DELETE /v1/chat/sessions/{session_id} ----

    @Test
    void historyTakesThePythonExamplesNaiveIsoStartDate() {
        // (datetime.utcnow() - timedelta(days=7)).isoformat(): no offset, microseconds.
        String weekAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(7).withNano(123_456_000).toString();
        long gpt4 = startSession(token, "gpt-4");

        HttpResponse<String> response = get("/v1/chat/history?page=1&page_size=10&start_date=" + weekAgo
                + "&model=gpt-4", token);

        assertThat(response.statusCode()).as(weekAgo).isEqualTo(200);
        assertThat(parse(response).path("sessions")).singleElement()
                .satisfies(s -> assertThat(s.path("id").asLong()).isEqualTo(gpt4));
    }

    @Test
    void historyPagesKeepTheTotalAndHoldOnlyTheCallersSessions() {
        startSession(newUser(), "gpt-4");
        long first = startSession(token, "gpt-4");
        startSession(token, "gpt-4");

        JsonNode second = parse(get("/v1/chat/history?page=2&page_size=1", token));

        assertThat(second.path("total").asLong()).isEqualTo(2);
        assertThat(second.path("page").asInt()).isEqualTo(2);
        assertThat(second.path("page_size").asInt()).isEqualTo(1);
        assertThat(second.path("sessions")).singleElement()
                .satisfies(s -> assertThat(s.path("id").asLong()).isEqualTo(first));
    }

    @Test
    void historyDefaultsToTenToAPageAndAcceptsAHundred() {
        JsonNode defaults = parse(get("/v1/chat/history", token));
        HttpResponse<String> hundred = get("/v1/chat/history?page_size=100", token);

        assertThat(defaults.path("page").asInt()).isEqualTo(1);
        assertThat(defaults.path("page_size").asInt()).isEqualTo(10);
        assertThat(hundred.statusCode()).isEqualTo(200);
    }

    @Test
    void historyDateFiltersBoundTheCreationTime() {
        startSession(token, "gpt-4");

        JsonNode future = parse(get("/v1/chat/history?start_date=2999-01-01T00:00:00Z", token));
        JsonNode past = parse(get("/v1/chat/history?end_date=2024-01-01", token));
        JsonNode around = parse(get("/v1/chat/history?start_date=2024-01-01&end_date=2999-01-01T00:00:00Z", token));

        assertThat(future.path("total").asLong()).isZero();
        assertThat(past.path("total").asLong()).isZero();
        assertThat(around.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void historyWithBadQueryValuesAnswers422LocatedInTheQuery() {
        assertQueryRefused("/v1/chat/history?page_size=101", "page_size");
        assertQueryRefused("/v1/chat/history?page_size=0", "page_size");
        assertQueryRefused("/v1/chat/history?page=0", "page");
        assertQueryRefused("/v1/chat/history?page=first", "page");
        assertQueryRefused("/v1/chat/history?start_date=yesterday", "start_date");
        assertQueryRefused("/v1/chat/history?end_date=2024-13-01", "end_date");
    }

    @Test
    void historyWithAStartAfterItsEndAnswers400() {
        HttpResponse<String> response = get("/v1/chat/history?start_date=2024-02-01&end_date=2024-01-01", token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).path("detail").asText()).isEqualTo("start_date must not be after end_date");
    }

    @Test
    void historyWithoutABearerTokenAnswers401() {
        HttpResponse<String> response = get("/v1/chat/history", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(parse(response)).isEqualTo(parse("{\"detail\":\"Not authenticated\"}"));
    }

    @Test
    void deletingAnotherUsersSessionAnswers404AndLeavesIt() {
        String theirToken = newUser();
        long theirs = startSession(theirToken, "gpt-4");

        HttpResponse<String> response = parley.json("DELETE", "/v1/chat/sessions/" + theirs, null, bearer(token));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(parse(response)).isEqualTo(parse("{\"detail\":\"Chat session not found\"}"));
        assertThat(parse(get("/v1/chat/history", theirToken)).path("total").asLong()).isEqualTo(1);
    }

    @Test
    void deletingASessionWithAnIdThatIsNoNumberAnswers422InThePath() {
        HttpResponse<String> response = parley.json("DELETE", "/v1/chat/sessions/abc", null, bearer(token));

        assertThat(response.statusCode()).isEqualTo(422);
        assertFastApiValidation(parse(response), "path", "session_id");
    }

    @Test
    void deletingASessionWithoutABearerTokenAnswers401() {
        HttpResponse<String> response = parley.json("DELETE", "/v1/chat/sessions/1", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(parse(response)).isEqualTo(parse("{\"detail\":\"Not authenticated\"}"));
    }

    // ---- POST /api/chat/sessions/{session_id}/upload ----

    @Test
    void uploadingAnythingButAPdfAnswers400() {
        long session = startSession(token, "gpt-4");

        HttpResponse<String> text = upload(session, token, "notes.pdf", "plain text".getBytes(StandardCharsets.UTF_8));

        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(parse(text)).isEqualTo(parse("{\"detail\":\"Only PDF files are supported\"}"));
    }

    @Test
    void uploadingMoreThanTenMegabytesAnswers413() {
        long session = startSession(token, "gpt-4");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(documentPdf, 0, large, 0, documentPdf.length);

        HttpResponse<String> response = upload(session, token, "large.pdf", large);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(parse(response).path("detail").isTextual()).isTrue();
    }

    @Test
    void uploadingWithoutAFileFieldAnswers422() {
        long session = startSession(token, "gpt-4");
        String boundary = "conformance-boundary";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = parley.send(parley.request("/api/chat/sessions/" + session + "/upload")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertFastApiValidation(parse(response), "body", "file");
    }

    @Test
    void uploadingIntoAMissingOrAnotherUsersSessionAnswers404() {
        long theirs = startSession(newUser(), "gpt-4");

        HttpResponse<String> other = upload(theirs, token, "document.pdf", documentPdf);
        HttpResponse<String> missing = upload(999_999, token, "document.pdf", documentPdf);

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(parse(other)).isEqualTo(parse("{\"detail\":\"Chat session not found\"}"));
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void uploadingWithoutABearerTokenAnswers401() {
        HttpResponse<String> response = upload(1, null, "document.pdf", documentPdf);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(parse(response)).isEqualTo(parse("{\"detail\":\"Not authenticated\"}"));
    }

    // ---- /api/chat/prompts ----

    @Test
    void createPromptKeepsItsMetadataAsTheDocumentShowsIt() {
        Map<String, Object> prompt = Map.of("title", "Text Summarizer", "content", "Summarize the following text: {text}",
                "scenario", "summarization", "description", "Generates concise summaries",
                "metadata", Map.of("tags", List.of("summary", "concise")));

        HttpResponse<String> response = post("/api/chat/prompts", token, prompt);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response).path("metadata")).isEqualTo(parse("{\"tags\":[\"summary\",\"concise\"]}"));
    }

    @Test
    void createPromptWithoutTitleOrContentAnswers422ListingBoth() {
        HttpResponse<String> response = post("/api/chat/prompts", token, Map.of("scenario", "summarization"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(elements(parse(response).path("detail"))).extracting(e -> e.path("loc").toString())
                .containsExactlyInAnyOrder("[\"body\",\"title\"]", "[\"body\",\"content\"]");
    }

    @Test
    void listPromptsFiltersBySearchAndCanLeaveTheTemplatesOut() {
        long mine = createPrompt(token, "Haiku maker", "poetry");

        JsonNode searched = parse(get("/api/chat/prompts?search=haiku", token));
        JsonNode ownOnly = parse(get("/api/chat/prompts?include_templates=false", token));
        JsonNode all = parse(get("/api/chat/prompts", token));

        assertThat(elements(searched.path("items"))).singleElement()
                .satisfies(p -> assertThat(p.path("id").asLong()).isEqualTo(mine));
        assertThat(elements(ownOnly.path("items"))).singleElement()
                .satisfies(p -> assertThat(p.path("id").asLong()).isEqualTo(mine));
        assertThat(all.path("total").asLong()).isGreaterThan(1);
        assertThat(all.path("page_size").asInt()).isEqualTo(20);
    }

    @Test
    void listPromptsWithBadQueryValuesAnswers422() {
        assertQueryRefused("/api/chat/prompts?page_size=101", "page_size");
        assertQueryRefused("/api/chat/prompts?page=0", "page");
        assertQueryRefused("/api/chat/prompts?include_templates=maybe", "include_templates");
    }

    @Test
    void previewOfAnInlineTemplateAnswersThePreview() {
        Map<String, Object> body = Map.of("content", "Summarize this text: {text}",
                "variables", Map.of("text", "Sample text to summarize"));

        HttpResponse<String> response = post("/api/chat/prompts/preview", token, body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode preview = parse(response);
        assertThat(fieldNames(preview)).containsExactlyInAnyOrder("preview", "tokens_used", "model_used");
        assertThat(preview.path("preview").asText()).contains("Summarize this text: Sample text to summarize");
    }

    @Test
    void previewOfAMissingOrAnotherUsersPromptAnswers404() {
        long theirs = createPrompt(newUser(), "Theirs", "poetry");

        HttpResponse<String> other = post("/api/chat/prompts/preview", token, Map.of("prompt_id", theirs));
        HttpResponse<String> missing = post("/api/chat/prompts/preview", token, Map.of("prompt_id", 999_999));

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(parse(other)).isEqualTo(parse("{\"detail\":\"Prompt not found\"}"));
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void previewWithBothOrNeitherOfPromptIdAndContentAnswers422() {
        HttpResponse<String> neither = post("/api/chat/prompts/preview", token, Map.of("variables", Map.of()));
        HttpResponse<String> both = post("/api/chat/prompts/preview", token, Map.of("prompt_id", 1, "content", "Hi {x}"));

        assertThat(neither.statusCode()).isEqualTo(422);
        assertFastApiValidation(parse(neither), "body");
        assertThat(both.statusCode()).isEqualTo(422);
        assertFastApiValidation(parse(both), "body");
    }

    @Test
    void updatingOrDeletingAnotherUsersPromptAnswers404() {
        long theirs = createPrompt(newUser(), "Theirs", "poetry");

        HttpResponse<String> update = parley.json("PUT", "/api/chat/prompts/" + theirs, Map.of("title", "Mine now"),
                bearer(token));
        HttpResponse<String> delete = parley.json("DELETE", "/api/chat/prompts/" + theirs, null, bearer(token));

        assertThat(update.statusCode()).isEqualTo(404);
        assertThat(parse(update)).isEqualTo(parse("{\"detail\":\"Prompt not found\"}"));
        assertThat(delete.statusCode()).isEqualTo(404);
    }

    @Test
    void updatingAPromptWithAMistypedFieldAnswers422() {
        long prompt = createPrompt(token, "Mine", "poetry");

        HttpResponse<String> response = parley.json("PUT", "/api/chat/prompts/" + prompt, Map.of("title", 42),
                bearer(token));

        assertThat(response.statusCode()).isEqualTo(422);
        assertFastApiValidation(parse(response), "body", "title");
    }

    @Test
    void promptRoutesWithoutABearerTokenAnswer401() {
        assertThat(get("/api/chat/prompts", null).statusCode()).isEqualTo(401);
        HttpResponse<String> create = parley.json("POST", "/api/chat/prompts", Map.of("title", "T", "content", "C"));
        assertThat(create.statusCode()).isEqualTo(401);
        assertThat(parse(create)).isEqualTo(parse("{\"detail\":\"Not authenticated\"}"));
        assertThat(parley.json("POST", "/api/chat/prompts/preview", Map.of("content", "C")).statusCode()).isEqualTo(401);
        assertThat(parley.json("PUT", "/api/chat/prompts/1", Map.of("title", "T")).statusCode()).isEqualTo(401);
        assertThat(parley.json("DELETE", "/api/chat/prompts/1", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownPathAnswers404InTheDetailShape() {
        HttpResponse<String> response = get("/api/chat/nothing-here", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(parse(response).path("detail").isTextual()).isTrue();
    }

    // ---- helpers ----

    private CurlExamples.Result run(String example, Map<String, String> ids) {
        return examples.run(example, parley.base().toString(), token, ids);
    }

    private static String newUser() {
        String username = "stream" + USERS.incrementAndGet();
        Map<String, String> credentials = Map.of("username", username, "password", "conformance-password");
        HttpResponse<String> registered = parley.json("POST", "/v1/auth/register", credentials);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return parse(parley.json("POST", "/v1/auth/token", credentials)).path("access_token").asText();
    }

    /** A new session of {@code token}'s user on {@code model}, holding one exchange. */
    private static long startSession(String token, String model) {
        HttpResponse<String> response = stream(token, chat(model, "Hello there"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.headers().firstValue("X-Session-Id").orElseThrow());
    }

    private static long createPrompt(String token, String title, String scenario) {
        HttpResponse<String> response = post("/api/chat/prompts", token, Map.of("title", title,
                "content", "Summarize the following text: {text}", "scenario", scenario));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response).path("id").asLong();
    }

    private static Map<String, Object> chat(String model, String message) {
        return Map.of("model", model, "messages", List.of(userMessage(message)));
    }

    private static Map<String, String> userMessage(String content) {
        return Map.of("role", "user", "content", content);
    }

    private static HttpResponse<String> stream(String token, Map<String, Object> body) {
        return post("/v1/chat/stream", token, body);
    }

    private static HttpResponse<String> post(String path, String token, Object body) {
        return parley.json("POST", path, body, bearer(token));
    }

    private static HttpResponse<String> get(String path, String token) {
        return token == null ? parley.json("GET", path, null) : parley.json("GET", path, null, bearer(token));
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static HttpResponse<String> upload(long session, String token, String filename, byte[] content) {
        String boundary = "conformance-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(content);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = parley.request("/api/chat/sessions/" + session + "/upload")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return parley.send(request);
    }

    private void assertQueryRefused(String path, String parameter) {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as(path).isEqualTo(422);
        assertFastApiValidation(parse(response), "query", parameter);
    }

    /** FastAPI's validation body: a list of {loc, msg, type}, the first located at {@code loc}'s start. */
    private static void assertFastApiValidation(JsonNode body, String... loc) {
        assertThat(fieldNames(body)).containsExactly("detail");
        List<JsonNode> errors = elements(body.path("detail"));
        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(fieldNames(error)).contains("loc", "msg", "type");
            assertThat(error.path("loc").isArray()).isTrue();
            assertThat(error.path("msg").isTextual()).isTrue();
            assertThat(error.path("type").isTextual()).isTrue();
        });
        List<String> first = elements(errors.getFirst().path("loc")).stream().map(JsonNode::asText).toList();
        assertThat(first).startsWith(loc);
    }

    private static void assertIsoInstant(JsonNode value) {
        assertThat(value.isTextual()).as("%s is text", value).isTrue();
        assertThat(Instant.parse(value.asText())).isNotNull();
        assertThat(value.asText()).endsWith("Z");
    }

    private static JsonNode json(CurlExamples.Result result) {
        try {
            return JSON.readTree(result.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + result.status() + "): " + result.body(), e);
        }
    }

    private static JsonNode parse(HttpResponse<String> response) {
        return RunningParley.parse(response);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    /** The data of each event that has no event type, as a conforming SSE client rebuilds it (lines joined by LF). */
    private static List<String> dataEvents(String stream) {
        List<String> events = new ArrayList<>();
        List<String> data = new ArrayList<>();
        boolean typed = false;
        for (String line : stream.split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (!data.isEmpty() && !typed) {
                    events.add(String.join("\n", data));
                }
                data.clear();
                typed = false;
            } else if (line.startsWith("data:")) {
                String value = line.substring(5);
                data.add(value.startsWith(" ") ? value.substring(1) : value);
            } else if (line.startsWith("event:")) {
                typed = true;
            }
        }
        return events;
    }

    private static byte[] pdf(String... pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
