package dev.parley.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 ("stream") against the real server: every cURL example of the document, run as written with the
 * real {@code curl}, each answer checked against the status and shape the document shows.
 */
class StreamCurlExamplesTest extends StreamSeedSuite {

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

}
