package dev.parley.http.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.testing.MutableClock;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 002's prompt library under /api/chat/prompts: its documented requests and responses, exactly. */
class PromptLibraryTest {

    private static final String SUMMARIZER = """
            {"title": "Text Summarizer", "content": "Summarize the following text: {text}",
             "scenario": "summarization", "description": "Generates concise summaries",
             "metadata": {"tags": ["summary", "concise"]}}""";

    private RunningApi api;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private ApiResponse put(String path, String json, String bearer) {
        return api.send("PUT", path, "application/json", BodyPublishers.ofString(json), bearer);
    }

    @Test
    void createAnswers200WithThePromptAsTheDocumentShowsIt() {
        ApiResponse response = api.post("/api/chat/prompts", SUMMARIZER, token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":1,\"title\":\"Text Summarizer\","
                + "\"content\":\"Summarize the following text: {text}\",\"scenario\":\"summarization\","
                + "\"description\":\"Generates concise summaries\",\"metadata\":{\"tags\":[\"summary\",\"concise\"]},"
                + "\"is_template\":false,\"usage_count\":0,\"created_at\":\"" + MutableClock.START + "\","
                + "\"updated_at\":\"" + MutableClock.START + "\"}");
    }

    @Test
    void theListFiltersAndPagesAsDocumented() {
        api.post("/api/chat/prompts", SUMMARIZER, token);
        api.post("/api/chat/prompts", "{\"title\": \"Other\", \"content\": \"x\", \"scenario\": \"other\"}", token);

        ApiResponse response = api.get("/api/chat/prompts?scenario=summarization&page=1&page_size=20", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().fieldNames()).toIterable().containsExactly("items", "total", "page", "page_size");
        assertThat(response.json().path("items").findValuesAsText("title")).containsExactly("Text Summarizer");
        assertThat(response.json().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/chat/prompts?page_size=101", token).status()).isEqualTo(422);
    }

    @Test
    void updateWithTheDocumentsPartialBodyKeepsTheRestAndDeleteConfirms() {
        String id = api.post("/api/chat/prompts", SUMMARIZER, token).json().path("id").asText();

        ApiResponse updated = put("/api/chat/prompts/" + id, "{\"title\": \"Updated Title\", \"content\": \"Updated content\"}",
                token);
        ApiResponse deleted = api.delete("/api/chat/prompts/" + id, token);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("title").asText()).isEqualTo("Updated Title");
        assertThat(updated.json().path("description").asText()).isEqualTo("Generates concise summaries");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"message\":\"Prompt deleted successfully\"}");
        assertThat(api.delete("/api/chat/prompts/" + id, token).body()).isEqualTo("{\"detail\":\"Prompt not found\"}");
    }

    @Test
    void previewAnswersTheDocumentsShapeAndCountsAUse() {
        String id = api.post("/api/chat/prompts", SUMMARIZER, token).json().path("id").asText();
        api.core().model().replyWith("Generated summary.");

        ApiResponse byId = api.post("/api/chat/prompts/preview",
                "{\"prompt_id\": " + id + ", \"variables\": {\"text\": \"Sample text to summarize\"}}", token);
        ApiResponse byContent = api.post("/api/chat/prompts/preview",
                "{\"content\": \"Summarize this text: {text}\", \"variables\": {\"text\": \"Sample\"}}", token);
        ApiResponse missing = api.post("/api/chat/prompts/preview", "{\"prompt_id\": " + id + "}", token);

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().path("preview").asText()).isEqualTo("Generated summary.");
        assertThat(byId.json().path("tokens_used").isInt()).isTrue();
        assertThat(byId.json().path("model_used").asText()).isEqualTo("test-model");
        assertThat(byContent.status()).isEqualTo(200);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("detail").get(0).path("msg").asText()).isEqualTo("missing variables: text");
        assertThat(api.get("/api/chat/prompts", token).json().path("items").get(0).path("usage_count").asInt())
                .isEqualTo(1);
    }

    @Test
    void aSystemTemplateIsForbiddenToUsersAndAnotherUsersPromptNotFound() {
        String template = Long.toString(api.core().ports().prompts().create(null,
                new PromptDraft("Translator", "Translate {text}", null, null, Map.of()), MutableClock.START).id().value());
        String alices = api.post("/api/chat/prompts", SUMMARIZER, token).json().path("id").asText();
        String bob = api.core().tokenFor("bob");

        ApiResponse templateUpdate = put("/api/chat/prompts/" + template, "{\"title\": \"x\"}", bob);
        ApiResponse alicesUpdate = put("/api/chat/prompts/" + alices, "{\"title\": \"x\"}", bob);
        ApiResponse alicesDelete = api.delete("/api/chat/prompts/" + alices, bob);
        ApiResponse adminUpdate = put("/api/chat/prompts/" + template, "{\"title\": \"Translator 2\"}", api.adminToken());

        assertThat(templateUpdate.status()).isEqualTo(403);
        assertThat(templateUpdate.json().path("detail").isTextual()).isTrue();
        assertThat(alicesUpdate.status()).isEqualTo(404);
        assertThat(alicesUpdate.body()).isEqualTo("{\"detail\":\"Prompt not found\"}");
        assertThat(alicesDelete.status()).isEqualTo(404);
        assertThat(adminUpdate.status()).isEqualTo(200);
        assertThat(api.get("/api/chat/prompts", bob).json().path("items").findValuesAsText("title"))
                .containsExactly("Translator 2");
    }
}
