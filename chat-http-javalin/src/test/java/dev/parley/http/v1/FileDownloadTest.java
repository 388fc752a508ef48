package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.testing.FakeTextExtractor;
import dev.parley.http.ApiResponse;
import dev.parley.http.MultipartBody;
import dev.parley.http.RunningApi;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A file's bytes come back exactly, typed as stored, always as an attachment whose name cannot inject headers. */
class FileDownloadTest {

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

    private String upload(String filename, byte[] content) {
        return api.upload("/v1/files", MultipartBody.ofFile(filename, "application/octet-stream", content), token)
                .json().path("id").asText();
    }

    private HttpResponse<byte[]> download(String id, String bearer) {
        return api.sendForBytes(api.request("/v1/files/" + id + "/content", bearer).GET());
    }

    @Test
    void theBytesComeBackExactlyWithTheStoredTypeLengthAndAnAttachmentDisposition() {
        byte[] pdf = FakeTextExtractor.pdf("page one", "page two");
        String id = upload("report.pdf", pdf);

        HttpResponse<byte[]> response = download(id, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(pdf.length));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
    }

    @Test
    void aTextFileIsServedAsUtf8TextWhateverTypeTheClientClaimed() {
        byte[] text = "héllo <script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        String id = upload("page.html", text);

        HttpResponse<byte[]> response = download(id, token);

        assertThat(response.body()).isEqualTo(text);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    }

    @Test
    void aNameWithQuotesLineBreaksAndUnicodeCannotInjectAHeader() {
        String id = upload("plain.txt", "x".getBytes(StandardCharsets.UTF_8));
        api.patch("/v1/files/" + id, "{\"filename\": \"r\\u00e9sum\\u00e9 \\\"final\\\"\\r\\nSet-Cookie: a=b.txt\"}", token);

        HttpResponse<byte[]> response = download(id, token);

        assertThat(response.headers().allValues("Content-Disposition")).containsExactly(
                "attachment; filename=\"r_sum_ _final_Set-Cookie: a=b.txt\"; "
                        + "filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22Set-Cookie%3A%20a%3Db.txt");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aUtf8NameFromTheUploadFormKeepsItsSpelling() {
        ApiResponse uploaded = api.upload("/v1/files",
                MultipartBody.ofFile("報告.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), token);

        assertThat(uploaded.json().path("filename").asText()).isEqualTo("報告.txt");
    }

    @Test
    void anotherUsersFileOrAMissingOneIs404() {
        String id = upload("a.txt", "x".getBytes(StandardCharsets.UTF_8));
        String bob = api.core().tokenFor("bob");

        HttpResponse<byte[]> alices = download(id, bob);
        HttpResponse<byte[]> missing = download("999", bob);

        assertThat(alices.statusCode()).isEqualTo(404);
        assertThat(new String(alices.body(), StandardCharsets.UTF_8)).isEqualTo("{\"detail\":\"File not found\"}");
        assertThat(alices.body()).isEqualTo(missing.body());
    }
}
