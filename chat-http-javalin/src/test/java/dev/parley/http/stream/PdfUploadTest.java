package dev.parley.http.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.testing.FakeTextExtractor;
import dev.parley.http.ApiResponse;
import dev.parley.http.MultipartBody;
import dev.parley.http.RunningApi;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 002's {@code POST /api/chat/sessions/{session_id}/upload}: PDFs only, told from their bytes. */
class PdfUploadTest {

    private static final byte[] PDF = FakeTextExtractor.pdf("page one", "page two", "page three");

    private RunningApi api;
    private String token;
    private String session;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
        session = api.post("/v1/chat/sessions", "{}", token).json().path("id").asText();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private ApiResponse upload(String filename, String contentType, byte[] content) {
        return api.upload("/api/chat/sessions/" + session + "/upload", MultipartBody.ofFile(filename, contentType, content),
                token);
    }

    @Test
    void aPdfAnswers200WithTheFileAsTheDocumentShowsIt() {
        ApiResponse response = upload("document.pdf", "application/pdf", PDF);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"file\":{\"id\":1,\"filename\":\"document.pdf\",\"file_size\":"
                + PDF.length + ",\"mime_type\":\"application/pdf\",\"extracted_text\":\"page one\\npage two\\npage three\","
                + "\"metadata\":{\"page_count\":3}},\"message\":\"File uploaded successfully\"}");
        assertThat(api.get("/v1/files?session_id=" + session, token).json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aPdfNamedAndDeclaredAsTextIsStillAPdf() {
        ApiResponse response = upload("notes.txt", "text/plain", PDF);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("file").path("mime_type").asText()).isEqualTo("application/pdf");
    }

    @Test
    void anythingButAPdfAnswers400OnlyPdfWhateverItsNameOrDeclaredType() {
        ApiResponse text = upload("x.pdf", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8));
        ApiResponse binary = upload("y.pdf", "application/pdf", new byte[] {0, (byte) 0xff, 3});

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).isEqualTo("{\"detail\":\"Only PDF files are supported\"}");
        assertThat(binary.status()).isEqualTo(400);
        assertThat(binary.body()).isEqualTo("{\"detail\":\"Only PDF files are supported\"}");
        assertThat(api.core().blobs().keys()).isEmpty();
    }

    @Test
    void anEmptyOrDamagedPdfAnswers400WithTheReason() {
        ApiResponse empty = upload("e.pdf", "application/pdf", new byte[0]);
        ApiResponse damaged = upload("d.pdf", "application/pdf", "%PDF-1.4 cut short".getBytes(StandardCharsets.US_ASCII));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.detail()).isEqualTo("the file is empty");
        assertThat(damaged.status()).isEqualTo(400);
        assertThat(damaged.detail()).contains("damaged");
        assertThat(api.core().blobs().keys()).isEmpty();
    }

    @Test
    void aRequestWithoutTheFileFieldAnswers422InFastapisShape() {
        ApiResponse response = api.upload("/api/chat/sessions/" + session + "/upload",
                new MultipartBody().field("other", "x"), token);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body())
                .isEqualTo("{\"detail\":[{\"loc\":[\"body\",\"file\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}");
    }

    @Test
    void anotherUsersSessionOrAMissingOneIs404() {
        String bob = api.core().tokenFor("bob");

        ApiResponse alices = api.upload("/api/chat/sessions/" + session + "/upload",
                MultipartBody.ofFile("a.pdf", "application/pdf", PDF), bob);
        ApiResponse missing = api.upload("/api/chat/sessions/999/upload",
                MultipartBody.ofFile("a.pdf", "application/pdf", PDF), token);

        assertThat(alices.status()).isEqualTo(404);
        assertThat(alices.body()).isEqualTo("{\"detail\":\"Chat session not found\"}");
        assertThat(missing.body()).isEqualTo(alices.body());
        assertThat(api.core().blobs().keys()).isEmpty();
    }
}
