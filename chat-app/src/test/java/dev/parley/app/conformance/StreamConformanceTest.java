package dev.parley.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 ("stream") against the real server: each endpoint and documented error case the cURL examples
 * ({@link StreamCurlExamplesTest}) leave out, and the notes' items: a token holding a newline framed as
 * several {@code data:} lines, FastAPI's 422 body, and 401 (not 403) without a bearer token.
 */
class StreamConformanceTest extends StreamSeedSuite {

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

}
