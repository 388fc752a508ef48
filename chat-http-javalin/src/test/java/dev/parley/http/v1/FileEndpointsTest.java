package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.testing.FakeTextExtractor;
import dev.parley.http.ApiResponse;
import dev.parley.http.MultipartBody;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /v1's files: uploads into a session or on their own, typed by their bytes, listed, changed and deleted. */
class FileEndpointsTest {

    private static final byte[] PDF = FakeTextExtractor.pdf("page one", "page two");

    private RunningApi api;
    private String token;
    private String session;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
        session = api.post("/v1/chat/sessions", "{\"title\": \"Reading\"}", token).json().path("id").asText();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private ApiResponse uploadToSession(String filename, String contentType, byte[] content) {
        return api.upload("/v1/chat/sessions/" + session + "/files", MultipartBody.ofFile(filename, contentType, content),
                token);
    }

    @Test
    void aPdfUploadedIntoASessionAnswers201WithTheFileItsTextAndPageCount() {
        api.core().clock().set(java.time.Instant.parse("2024-12-11T01:19:23Z"));

        ApiResponse response = uploadToSession("report.pdf", "application/pdf", PDF);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"id\":1,\"filename\":\"report.pdf\",\"file_size\":" + PDF.length
                + ",\"mime_type\":\"application/pdf\",\"kind\":\"pdf\",\"extracted_text\":\"page one\\npage two\","
                + "\"metadata\":{\"page_count\":2},\"session_id\":" + session + ",\"description\":null,"
                + "\"created_at\":\"2024-12-11T01:19:23Z\",\"updated_at\":\"2024-12-11T01:19:23Z\"}");
        assertThat(api.core().blobs().keys()).hasSize(1);
    }

    @Test
    void aFileUploadedOnItsOwnBelongsToNoSessionUnlessTheFormNamesOne() {
        ApiResponse alone = api.upload("/v1/files", MultipartBody.ofFile("notes.txt", "text/plain",
                "plain words".getBytes(StandardCharsets.UTF_8)), token);
        ApiResponse named = api.upload("/v1/files", new MultipartBody().field("session_id", session)
                .file("file", "notes.md", "text/markdown", "# Title\n\n- item".getBytes(StandardCharsets.UTF_8)), token);

        assertThat(alone.status()).isEqualTo(201);
        assertThat(alone.json().path("session_id").isNull()).isTrue();
        assertThat(alone.json().path("kind").asText()).isEqualTo("text");
        assertThat(alone.json().path("metadata").toString()).isEqualTo("{}");
        assertThat(named.status()).isEqualTo(201);
        assertThat(named.json().path("session_id").asText()).isEqualTo(session);
        assertThat(named.json().path("kind").asText()).isEqualTo("markdown");
        assertThat(named.json().path("mime_type").asText()).isEqualTo("text/markdown; charset=utf-8");
    }

    @Test
    void theTypeIsToldFromTheBytesNeverFromTheNameOrTheDeclaredType() {
        ApiResponse pdfInDisguise = uploadToSession("notes.txt", "text/plain", PDF);
        ApiResponse textInDisguise = uploadToSession("x.pdf", "application/pdf",
                "just text".getBytes(StandardCharsets.UTF_8));

        assertThat(pdfInDisguise.json().path("kind").asText()).isEqualTo("pdf");
        assertThat(pdfInDisguise.json().path("mime_type").asText()).isEqualTo("application/pdf");
        assertThat(textInDisguise.json().path("kind").asText()).isEqualTo("text");
        assertThat(textInDisguise.json().path("mime_type").asText()).isEqualTo("text/plain; charset=utf-8");
        assertThat(textInDisguise.json().path("filename").asText()).isEqualTo("x.pdf");
    }

    @Test
    void aFormWithoutAFileAnswers422InFastapisShapeAndStoresNothing() {
        ApiResponse noFile = api.upload("/v1/files", new MultipartBody().field("session_id", session), token);
        ApiResponse json = api.post("/v1/chat/sessions/" + session + "/files", "{\"file\": \"x\"}", token);
        ApiResponse textField = api.upload("/v1/files", new MultipartBody().field("file", "not a file"), token);

        String missing = "{\"detail\":[{\"loc\":[\"body\",\"file\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}";
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.body()).isEqualTo(missing);
        assertThat(json.status()).isEqualTo(422);
        assertThat(json.body()).isEqualTo(missing);
        assertThat(textField.status()).isEqualTo(422);
        assertThat(textField.json().path("detail").get(0).path("type").asText()).isEqualTo("value_error");
        assertThat(api.core().blobs().keys()).isEmpty();
    }

    @Test
    void anEmptyFileOrOneOfNoSupportedTypeAnswers422OnTheFileField() {
        ApiResponse empty = uploadToSession("empty.txt", "text/plain", new byte[0]);
        ApiResponse binary = uploadToSession("blob.bin", "application/octet-stream", new byte[] {0, 1, 2, (byte) 0xff});
        ApiResponse damaged = uploadToSession("broken.pdf", "application/pdf",
                "%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII));

        for (ApiResponse refused : new ApiResponse[] {empty, binary, damaged}) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"file\"]");
        }
        assertThat(damaged.json().path("detail").get(0).path("msg").asText()).contains("damaged");
        assertThat(api.core().blobs().keys()).isEmpty();
    }

    @Test
    void aSessionIdInTheFormThatIsNoNumberAnswers422AndAnotherUsersSession404() {
        String bob = api.core().tokenFor("bob");
        MultipartBody text = new MultipartBody().field("session_id", "abc")
                .file("file", "a.txt", "text/plain", "words".getBytes(StandardCharsets.UTF_8));
        MultipartBody alicesSession = new MultipartBody().field("session_id", session)
                .file("file", "a.txt", "text/plain", "words".getBytes(StandardCharsets.UTF_8));

        ApiResponse notANumber = api.upload("/v1/files", text, token);
        ApiResponse intoAlices = api.upload("/v1/files", alicesSession, bob);
        ApiResponse intoAlicesPath = api.upload("/v1/chat/sessions/" + session + "/files",
                MultipartBody.ofFile("a.txt", "text/plain", "words".getBytes(StandardCharsets.UTF_8)), bob);

        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"session_id\"]");
        assertThat(intoAlices.status()).isEqualTo(404);
        assertThat(intoAlices.body()).isEqualTo("{\"detail\":\"Chat session not found\"}");
        assertThat(intoAlicesPath.status()).isEqualTo(404);
        assertThat(intoAlicesPath.body()).isEqualTo("{\"detail\":\"Chat session not found\"}");
        assertThat(api.core().blobs().keys()).isEmpty();
    }

    @Test
    void aMalformedMultipartBodyAnswers400() {
        ApiResponse response = api.send("POST", "/v1/files", "multipart/form-data; boundary=" + MultipartBody.BOUNDARY,
                BodyPublishers.ofString("this is not multipart at all"), token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"detail\":\"There was an error parsing the body\"}");
    }

    @Test
    void theListPagesNewestFirstWithoutTextAndFiltersBySession() {
        uploadToSession("one.pdf", "application/pdf", PDF);
        api.core().clock().advance(java.time.Duration.ofSeconds(1));
        api.upload("/v1/files", MultipartBody.ofFile("two.txt", "text/plain", "two".getBytes(StandardCharsets.UTF_8)),
                token);
        api.core().clock().advance(java.time.Duration.ofSeconds(1));
        uploadToSession("three.txt", "text/plain", "three".getBytes(StandardCharsets.UTF_8));

        JsonNode all = api.get("/v1/files", token).json();
        JsonNode inSession = api.get("/v1/files?session_id=" + session + "&page=2&page_size=1", token).json();

        assertThat(all.path("total").asInt()).isEqualTo(3);
        assertThat(all.path("page").asInt()).isEqualTo(1);
        assertThat(all.path("page_size").asInt()).isEqualTo(20);
        assertThat(all.path("items").findValuesAsText("filename")).containsExactly("three.txt", "two.txt", "one.pdf");
        assertThat(all.path("items").get(2).has("extracted_text")).isFalse();
        assertThat(all.path("items").get(2).path("metadata").path("page_count").asInt()).isEqualTo(2);
        assertThat(inSession.path("total").asInt()).isEqualTo(2);
        assertThat(inSession.path("items").findValuesAsText("filename")).containsExactly("one.pdf");
    }

    @Test
    void theListRefusesBadParametersAndAnotherUsersSession() {
        String bob = api.core().tokenFor("bob");

        ApiResponse tooLarge = api.get("/v1/files?page_size=101", token);
        ApiResponse notANumber = api.get("/v1/files?session_id=abc", token);
        ApiResponse alices = api.get("/v1/files?session_id=" + session, bob);

        assertThat(tooLarge.status()).isEqualTo(422);
        assertThat(tooLarge.body()).isEqualTo("{\"detail\":[{\"loc\":[\"query\",\"page_size\"],"
                + "\"msg\":\"Input should be less than or equal to 100\",\"type\":\"less_than_equal\"}]}");
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(alices.status()).isEqualTo(404);
    }

    @Test
    void aFileIsReadRenamedDescribedAndDeletedWithItsBytes() {
        String id = uploadToSession("draft.txt", "text/plain", "v1".getBytes(StandardCharsets.UTF_8)).json().path("id").asText();
        api.core().clock().advance(java.time.Duration.ofMinutes(1));

        ApiResponse read = api.get("/v1/files/" + id, token);
        ApiResponse renamed = api.patch("/v1/files/" + id, "{\"filename\": \"dir/final.txt\", \"description\": \"The end\"}", token);
        ApiResponse deleted = api.delete("/v1/files/" + id, token);

        assertThat(read.json().path("extracted_text").asText()).isEqualTo("v1");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("filename").asText()).isEqualTo("final.txt");
        assertThat(renamed.json().path("description").asText()).isEqualTo("The end");
        assertThat(renamed.json().path("updated_at").asText()).isNotEqualTo(renamed.json().path("created_at").asText());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"message\":\"File deleted successfully\"}");
        assertThat(api.get("/v1/files/" + id, token).body()).isEqualTo("{\"detail\":\"File not found\"}");
        assertThat(api.core().blobs().keys()).isEmpty();
    }

    @Test
    void aChangeOfTheWrongTypeAnswers422() {
        String id = uploadToSession("a.txt", "text/plain", "a".getBytes(StandardCharsets.UTF_8)).json().path("id").asText();

        ApiResponse response = api.patch("/v1/files/" + id, "{\"filename\": 7, \"description\": \"" + "x".repeat(2001) + "\"}", token);
        ApiResponse tooLong = api.patch("/v1/files/" + id, "{\"description\": \"" + "x".repeat(2001) + "\"}", token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"filename\"]");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"description\"]");
    }
}
