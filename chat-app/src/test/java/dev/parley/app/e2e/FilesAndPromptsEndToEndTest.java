package dev.parley.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.ParleyServer;
import dev.parley.app.Settings;
import dev.parley.app.SettingsLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and prompts through the real composition root: a real PDF, the real extractor, blobs on disk, shipped templates. */
class FilesAndPromptsEndToEndTest {

    private final FakeOpenAiProvider openAi = new FakeOpenAiProvider();
    private ParleyServer server;
    private ParleyClient client;
    private String token;
    private Path dataDir;

    @BeforeEach
    void start(@TempDir Path dir) {
        dataDir = dir.resolve("data");
        Settings settings = new SettingsLoader(Map.of("PARLEY_PORT", "0", "PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_RATE_LIMITS", "off", "OPENAI_BASE_URL", openAi.baseUrl(), "OPENAI_API_KEY", "sk-e2e"),
                Map.of()).load();
        server = ParleyServer.start(settings, Clock.systemUTC());
        client = new ParleyClient(server.baseUri());
        token = client.register("ada", "correct horse battery");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        openAi.close();
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

    private long blobCount() {
        Path blobs = dataDir.resolve("blobs");
        if (!Files.exists(blobs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUploadedPdfIsReadIntoEveryLaterReplyDownloadedAsIsAndDeletedWithItsSession() {
        ParleyClient.Stream first = client.stream(token, Map.of("model", "gpt-4o",
                "messages", List.of(Map.of("role", "user", "content", "Hello"))));
        String session = first.raw().headers().firstValue("X-Session-Id").orElseThrow();
        byte[] report = pdf("Revenue rose by twelve percent", "Costs fell");

        ParleyClient.Reply uploaded = client.upload("/v1/chat/sessions/" + session + "/files", token, "report.pdf", report);
        ParleyClient.Stream answer = client.stream(token, Map.of("session_id", Long.parseLong(session),
                "messages", List.of(Map.of("role", "user", "content", "What rose?"))));
        HttpResponse<byte[]> download = client.download("/v1/files/" + uploaded.body().path("id").asLong()
                + "/content", token);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.body().path("kind").asText()).isEqualTo("pdf");
        assertThat(uploaded.body().path("metadata").path("page_count").asInt()).isEqualTo(2);
        assertThat(uploaded.body().path("extracted_text").asText()).contains("Revenue rose by twelve percent");
        assertThat(blobCount()).isEqualTo(1);
        // A client asking for no event stream in particular gets seed 002's data lines only, no files event.
        assertThat(answer.raw().body()).doesNotContain("event: files").contains("data: [DONE]");
        assertThat(openAi.lastChatRequest().path("messages").toString())
                .contains("### File: report.pdf (2 pages)").contains("Revenue rose by twelve percent");
        assertThat(download.body()).isEqualTo(report);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");

        client.send("DELETE", "/v1/chat/sessions/" + session, token, null);

        assertThat(blobCount()).isZero();
    }

    @Test
    void withBlobsInTheDatabaseNothingIsWrittenToDiskAndDownloadsStillWork(@TempDir Path other) {
        Path otherData = other.resolve("data");
        Settings settings = new SettingsLoader(Map.of("PARLEY_PORT", "0", "PARLEY_DATA_DIR", otherData.toString(),
                "PARLEY_RATE_LIMITS", "off", "PARLEY_BLOBS", "database"), Map.of()).load();
        try (ParleyServer databaseBlobs = ParleyServer.start(settings, Clock.systemUTC())) {
            ParleyClient databaseClient = new ParleyClient(databaseBlobs.baseUri());
            String databaseToken = databaseClient.register("bea", "correct horse battery");
            byte[] report = pdf("Stored in a table");

            ParleyClient.Reply uploaded = databaseClient.upload("/v1/files", databaseToken, "report.pdf", report);
            HttpResponse<byte[]> download = databaseClient.download("/v1/files/" + uploaded.body().path("id").asLong()
                    + "/content", databaseToken);

            assertThat(uploaded.status()).isEqualTo(201);
            assertThat(download.body()).isEqualTo(report);
            assertThat(Files.exists(otherData.resolve("blobs"))).isFalse();
        }
    }

    @Test
    void seed002sUploadTakesPdfsOnlyWhateverTheFileIsCalled() {
        String session = client.stream(token, Map.of("model", "gpt-4o",
                "messages", List.of(Map.of("role", "user", "content", "Hello")))).raw().headers()
                .firstValue("X-Session-Id").orElseThrow();

        ParleyClient.Reply text = client.upload("/api/chat/sessions/" + session + "/upload", token, "fake.pdf",
                "just some words".getBytes(StandardCharsets.UTF_8));
        ParleyClient.Reply real = client.upload("/api/chat/sessions/" + session + "/upload", token, "real.txt",
                pdf("A real PDF"));

        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().path("detail").asText()).isEqualTo("Only PDF files are supported");
        assertThat(real.status()).isEqualTo(200);
        assertThat(real.body().path("message").asText()).isEqualTo("File uploaded successfully");
        assertThat(real.body().path("file").path("mime_type").asText()).isEqualTo("application/pdf");
    }

    @Test
    void theShippedTemplatesAreThereAndAPreviewUsesOne() {
        JsonNode templates = client.send("GET", "/api/chat/prompts?search=summarize", token, null).body();
        long summarize = templates.path("items").get(0).path("id").asLong();

        JsonNode preview = client.send("POST", "/api/chat/prompts/preview", token,
                Map.of("prompt_id", summarize, "variables", Map.of("text", "The meeting ran long."))).body();
        JsonNode after = client.send("GET", "/v1/prompts/" + summarize, token, null).body();

        assertThat(templates.path("items").get(0).path("is_template").asBoolean()).isTrue();
        assertThat(preview.path("preview").asText()).contains("The meeting ran long.");
        assertThat(preview.path("model_used").asText()).isEqualTo("gpt-4o-mini");
        assertThat(preview.path("tokens_used").asInt()).isPositive();
        assertThat(after.path("usage_count").asInt()).isEqualTo(1);
    }
}
