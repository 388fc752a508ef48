package dev.parley.http.drf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.http.ApiResponse;
import dev.parley.http.MultipartBody;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seed 001's {@code /api/file/}: the caller's uploads, their JSON with an absolute download URL, and the bytes. */
class DrfFileTest {

    private static final byte[] NOTES = "plain notes".getBytes(StandardCharsets.UTF_8);

    private RunningApi api;
    private String alice;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        alice = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void uploadingAnswers201WithTheFilesJsonAndAnAbsoluteUrl() {
        ApiResponse response = upload("notes.txt");

        assertThat(response.status()).isEqualTo(201);
        JsonNode file = response.json();
        long id = file.path("id").asLong();
        assertThat(file.path("name").asText()).isEqualTo("notes.txt");
        assertThat(file.path("content_type").asText()).startsWith("text/plain");
        assertThat(file.path("size").asLong()).isEqualTo(NOTES.length);
        assertThat(file.path("url").asText()).isEqualTo(api.origin() + "/api/file/" + id + "/download/");
        assertThat(file.path("user").asLong()).isPositive();
        assertThat(file.has("created_at")).isTrue();
    }

    @Test
    void theUrlIsBasedOnThePublicOriginWhenOneIsConfigured() {
        try (RunningApi behindProxy = RunningApi.start(RunningApi.settings()
                .withPublicOrigin(Optional.of("https://chat.example.com")))) {
            String token = behindProxy.core().tokenFor("carol");

            JsonNode file = behindProxy.upload("/api/file/", MultipartBody.ofFile("a.txt", "text/plain", NOTES), token)
                    .json();

            assertThat(file.path("url").asText())
                    .isEqualTo("https://chat.example.com/api/file/" + file.path("id").asLong() + "/download/");
        }
    }

    @Test
    void aFormWithoutFileIsAFieldError() {
        ApiResponse missing = api.upload("/api/file", new MultipartBody().field("name", "x"), alice);
        ApiResponse text = api.upload("/api/file/", new MultipartBody().field("file", "not a file"), alice);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("{\"file\":[\"No file was submitted.\"]}");
        assertThat(text.body()).isEqualTo(
                "{\"file\":[\"The submitted data was not a file. Check the encoding type on the form.\"]}");
    }

    @Test
    void anEmptyFileIsRefusedOnTheFileField() {
        ApiResponse response = api.upload("/api/file/", MultipartBody.ofFile("a.txt", "text/plain", new byte[0]), alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("file").get(0).asText()).isNotBlank();
    }

    @Test
    void theDownloadUrlGivesTheBytesAsAnAttachment() {
        String url = upload("notes.txt").json().path("url").asText();

        HttpResponse<byte[]> download = api.sendForBytes(api.request(url.substring(api.origin().length()), alice));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(NOTES);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void listingHoldsTheCallersFilesOnly() {
        long mine = upload("mine.txt").json().path("id").asLong();
        api.upload("/api/file/", MultipartBody.ofFile("theirs.txt", "text/plain", NOTES), api.core().tokenFor("bob"));

        JsonNode list = api.get("/api/file/", alice).json();

        assertThat(list).extracting(file -> file.path("id").asLong()).containsExactly(mine);
    }

    @Test
    void putAndPatchRenameAndIgnoreAnUnchangedTypeAndTheUrl() {
        JsonNode file = upload("notes.txt").json();
        String path = "/api/file/" + file.path("id").asLong() + "/";

        ApiResponse put = api.send("PUT", path, "application/json", BodyPublishers.ofString("{\"name\": \"renamed.txt\", "
                + "\"content_type\": \"" + file.path("content_type").asText() + "\", \"url\": \"http://elsewhere/x\"}"),
                alice);
        ApiResponse patch = api.patch(path, "{\"name\": \"again.txt\"}", alice);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().path("name").asText()).isEqualTo("renamed.txt");
        assertThat(put.json().path("url").asText()).isEqualTo(file.path("url").asText());
        assertThat(patch.json().path("name").asText()).isEqualTo("again.txt");
    }

    @Test
    void changingTheTypeIsAFieldError() {
        String path = "/api/file/" + upload("notes.txt").json().path("id").asLong();

        ApiResponse response = api.patch(path, "{\"content_type\": \"image/png\"}", alice);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(
                "{\"content_type\":[\"The type of a file is decided by its bytes and cannot be changed.\"]}");
    }

    @Test
    void deletingAnswers204AndAnotherUsersFileIs404Everywhere() {
        long id = upload("notes.txt").json().path("id").asLong();
        String bob = api.core().tokenFor("bob");
        String path = "/api/file/" + id + "/";

        assertThat(api.get(path, bob).status()).isEqualTo(404);
        assertThat(api.get(path + "download/", bob).status()).isEqualTo(404);
        assertThat(api.patch(path, "{\"name\": \"x\"}", bob).status()).isEqualTo(404);
        assertThat(api.delete(path, bob).body()).isEqualTo("{\"detail\":\"Not found.\"}");
        ApiResponse deleted = api.delete(path, alice);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get(path, alice).status()).isEqualTo(404);
    }

    private ApiResponse upload(String name) {
        return api.upload("/api/file/", MultipartBody.ofFile(name, "text/plain", NOTES), alice);
    }
}
