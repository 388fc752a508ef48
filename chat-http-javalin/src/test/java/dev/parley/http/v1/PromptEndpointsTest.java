package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.testing.MutableClock;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /v1's prompt library, in seed 002's shapes: a user's own prompts, the system templates, and previews. */
class PromptEndpointsTest {

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

    private String create(String json) {
        return api.post("/v1/prompts", json, token).json().path("id").asText();
    }

    private String systemTemplate(String title) {
        return Long.toString(api.core().ports().prompts().create(null,
                new PromptDraft(title, "Translate to {language}: {text}", "translation", null, Map.of()),
                api.core().clock().instant()).id().value());
    }

    @Test
    void aCreatedPromptAnswers201InSeed002sShape() {
        ApiResponse response = api.post("/v1/prompts", SUMMARIZER, token);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"id\":1,\"title\":\"Text Summarizer\","
                + "\"content\":\"Summarize the following text: {text}\",\"scenario\":\"summarization\","
                + "\"description\":\"Generates concise summaries\",\"metadata\":{\"tags\":[\"summary\",\"concise\"]},"
                + "\"is_template\":false,\"usage_count\":0,\"created_at\":\"" + MutableClock.START + "\","
                + "\"updated_at\":\"" + MutableClock.START + "\"}");
    }

    @Test
    void aPromptWithoutTitleOrContentOrWithBadFieldsAnswers422InFastapisShape() {
        ApiResponse missing = api.post("/v1/prompts", "{\"scenario\": \"x\"}", token);
        ApiResponse mistyped = api.post("/v1/prompts", "{\"title\": 1, \"content\": \"c\", \"metadata\": [1]}", token);
        ApiResponse blank = api.post("/v1/prompts", "{\"title\": \" \", \"content\": \"c\"}", token);

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).isEqualTo("{\"detail\":[{\"loc\":[\"body\",\"title\"],\"msg\":\"Field required\","
                + "\"type\":\"missing\"},{\"loc\":[\"body\",\"content\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}");
        assertThat(mistyped.status()).isEqualTo(422);
        assertThat(mistyped.json().path("detail").findValuesAsText("type")).containsExactly("string_type", "dict_type");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"title\"]");
    }

    @Test
    void aMalformedTemplateAnswers422OnTheContent() {
        ApiResponse response = api.post("/v1/prompts", "{\"title\": \"t\", \"content\": \"Hello {name\"}", token);

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"content\"]");
        assertThat(error.path("msg").asText()).contains("malformed");
    }

    @Test
    void theListHasTheUsersOwnPromptsThenTheTemplatesFilteredAndPaged() {
        systemTemplate("Translator");
        create(SUMMARIZER);
        api.core().clock().advance(Duration.ofSeconds(1));
        create("{\"title\": \"Haiku\", \"content\": \"Write a haiku about {topic}\", \"scenario\": \"poetry\"}");
        api.post("/v1/prompts", "{\"title\": \"Bob's\", \"content\": \"secret\"}", api.core().tokenFor("bob"));

        JsonNode all = api.get("/v1/prompts", token).json();
        JsonNode own = api.get("/v1/prompts?include_templates=false", token).json();
        JsonNode poetry = api.get("/v1/prompts?scenario=poetry", token).json();
        JsonNode searched = api.get("/v1/prompts?search=SUMMARIES", token).json();
        JsonNode paged = api.get("/v1/prompts?page=2&page_size=2", token).json();

        assertThat(all.path("items").findValuesAsText("title")).containsExactly("Haiku", "Text Summarizer", "Translator");
        assertThat(all.path("total").asInt()).isEqualTo(3);
        assertThat(all.path("page").asInt()).isEqualTo(1);
        assertThat(all.path("page_size").asInt()).isEqualTo(20);
        assertThat(all.path("items").get(2).path("is_template").asBoolean()).isTrue();
        assertThat(own.path("items").findValuesAsText("title")).containsExactly("Haiku", "Text Summarizer");
        assertThat(poetry.path("items").findValuesAsText("title")).containsExactly("Haiku");
        assertThat(searched.path("items").findValuesAsText("title")).containsExactly("Text Summarizer");
        assertThat(paged.path("items").findValuesAsText("title")).containsExactly("Translator");
        assertThat(paged.path("page_size").asInt()).isEqualTo(2);
    }

    @Test
    void listParametersOutOfRangeAnswer422InFastapisShape() {
        ApiResponse tooLarge = api.get("/v1/prompts?page_size=101", token);
        ApiResponse notABoolean = api.get("/v1/prompts?include_templates=maybe&page=0", token);

        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.body()).isEqualTo("{\"detail\":[{\"loc\":[\"query\",\"page_size\"],"
                + "\"msg\":\"Input should be less than or equal to 100\",\"type\":\"less_than_equal\"}]}");
        assertThat(notABoolean.status()).isEqualTo(422);
        assertThat(notABoolean.json().path("detail").findValuesAsText("type"))
                .containsExactly("bool_parsing", "greater_than_equal");
    }

    @Test
    void putAndPatchChangeOnlyTheFieldsGiven() {
        String id = create(SUMMARIZER);
        api.core().clock().advance(Duration.ofMinutes(1));

        ApiResponse put = api.send("PUT", "/v1/prompts/" + id, "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\": \"Updated Title\", \"content\": \"Updated {variable}\"}"),
                token);
        ApiResponse patch = api.patch("/v1/prompts/" + id, "{\"scenario\": \"new_scenario\", \"description\": null}", token);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().path("title").asText()).isEqualTo("Updated Title");
        assertThat(put.json().path("scenario").asText()).isEqualTo("summarization");
        assertThat(put.json().path("updated_at").asText()).isNotEqualTo(put.json().path("created_at").asText());
        assertThat(patch.json().path("scenario").asText()).isEqualTo("new_scenario");
        assertThat(patch.json().path("content").asText()).isEqualTo("Updated {variable}");
        assertThat(patch.json().path("description").asText()).isEqualTo("Generates concise summaries");
        assertThat(api.get("/v1/prompts/" + id, token).json().path("title").asText()).isEqualTo("Updated Title");
    }

    @Test
    void aDeletedPromptIsGone() {
        String id = create(SUMMARIZER);

        ApiResponse deleted = api.delete("/v1/prompts/" + id, token);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"message\":\"Prompt deleted successfully\"}");
        assertThat(api.get("/v1/prompts/" + id, token).body()).isEqualTo("{\"detail\":\"Prompt not found\"}");
        assertThat(api.delete("/v1/prompts/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void aSystemTemplateIsReadableByEveryUserButChangedOnlyByAdmins() {
        String id = systemTemplate("Translator");
        String admin = api.adminToken();

        ApiResponse read = api.get("/v1/prompts/" + id, token);
        ApiResponse userPatch = api.patch("/v1/prompts/" + id, "{\"title\": \"Mine now\"}", token);
        ApiResponse userDelete = api.delete("/v1/prompts/" + id, token);
        ApiResponse adminPatch = api.patch("/v1/prompts/" + id, "{\"title\": \"Better translator\"}", admin);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("is_template").asBoolean()).isTrue();
        assertThat(userPatch.status()).isEqualTo(403);
        assertThat(userPatch.json().path("detail").isTextual()).isTrue();
        assertThat(userDelete.status()).isEqualTo(403);
        assertThat(adminPatch.status()).isEqualTo(200);
        assertThat(adminPatch.json().path("title").asText()).isEqualTo("Better translator");
        assertThat(adminPatch.json().path("is_template").asBoolean()).isTrue();
        assertThat(api.delete("/v1/prompts/" + id, admin).status()).isEqualTo(200);
    }

    @Test
    void aPreviewRendersTheLibraryPromptAsksTheModelAndCountsAUse() {
        String id = create(SUMMARIZER);
        api.core().model().replyWith("A short summary.");

        ApiResponse response = api.post("/v1/prompts/preview",
                "{\"prompt_id\": " + id + ", \"variables\": {\"text\": \"Sample text\"}}", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().fieldNames()).toIterable().containsExactly("preview", "tokens_used", "model_used");
        assertThat(response.json().path("preview").asText()).isEqualTo("A short summary.");
        assertThat(response.json().path("tokens_used").asInt()).isPositive();
        assertThat(response.json().path("model_used").asText()).isEqualTo("test-model");
        assertThat(api.core().model().lastRequest().messages())
                .containsExactly(new PromptMessage(Role.USER, "Summarize the following text: Sample text"));
        assertThat(api.get("/v1/prompts/" + id, token).json().path("usage_count").asInt()).isEqualTo(1);
    }

    @Test
    void aPreviewOfInlineContentAsksTheModelNamedOrTheDefault() {
        ApiResponse response = api.post("/v1/prompts/preview",
                "{\"content\": \"Summarize this text: {text}\", \"variables\": {\"text\": \"abc\"}, \"model\": \"other-model\"}",
                token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("model_used").asText()).isEqualTo("other-model");
        assertThat(api.core().model().lastRequest().messages().getLast().content()).isEqualTo("Summarize this text: abc");
    }

    @Test
    void aPreviewRefusesMissingVariablesBadInputAndUnknownModels() {
        String id = create(SUMMARIZER);

        ApiResponse missingVariables = api.post("/v1/prompts/preview",
                "{\"content\": \"{greeting}, {name}! {greeting}\", \"variables\": {\"other\": \"x\"}}", token);
        ApiResponse neither = api.post("/v1/prompts/preview", "{\"variables\": {}}", token);
        ApiResponse both = api.post("/v1/prompts/preview", "{\"prompt_id\": " + id + ", \"content\": \"x\"}", token);
        ApiResponse notStrings = api.post("/v1/prompts/preview",
                "{\"prompt_id\": " + id + ", \"variables\": {\"text\": 5}}", token);
        ApiResponse malformed = api.post("/v1/prompts/preview", "{\"content\": \"}{\"}", token);
        ApiResponse unknownModel = api.post("/v1/prompts/preview", "{\"content\": \"x\", \"model\": \"nope\"}", token);

        assertThat(missingVariables.status()).isEqualTo(422);
        JsonNode error = missingVariables.json().path("detail").get(0);
        assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"variables\"]");
        assertThat(error.path("msg").asText()).isEqualTo("missing variables: greeting, name");
        assertThat(neither.status()).isEqualTo(422);
        assertThat(neither.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"prompt_id\"]");
        assertThat(both.status()).isEqualTo(422);
        assertThat(notStrings.status()).isEqualTo(422);
        assertThat(notStrings.json().path("detail").get(0).path("loc").toString())
                .isEqualTo("[\"body\",\"variables\",\"text\"]");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"content\"]");
        assertThat(unknownModel.status()).isEqualTo(400);
        assertThat(api.core().model().requests()).isEmpty();
        assertThat(api.get("/v1/prompts/" + id, token).json().path("usage_count").asInt()).isZero();
    }

    @Test
    void anotherUsersPromptIs404OnEveryRouteAndInPreviews() {
        String id = create(SUMMARIZER);
        String bob = api.core().tokenFor("bob");

        assertThat(api.get("/v1/prompts/" + id, bob).body()).isEqualTo("{\"detail\":\"Prompt not found\"}");
        assertThat(api.patch("/v1/prompts/" + id, "{\"title\": \"x\"}", bob).status()).isEqualTo(404);
        assertThat(api.delete("/v1/prompts/" + id, bob).status()).isEqualTo(404);
        assertThat(api.post("/v1/prompts/preview", "{\"prompt_id\": " + id + ", \"variables\": {\"text\": \"t\"}}", bob)
                .body()).isEqualTo("{\"detail\":\"Prompt not found\"}");
        assertThat(api.post("/v1/prompts/preview", "{\"prompt_id\": 0}", bob).body())
                .isEqualTo("{\"detail\":\"Prompt not found\"}");
        assertThat(api.get("/v1/prompts", bob).json().path("total").asInt()).isZero();
        assertThat(api.core().model().requests()).isEmpty();
    }
}
