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
 * Test support: seed 002 ("stream") against the real server, shared by its two suites: a server started
 * with the model names the document uses, a working directory holding the {@code document.pdf} its upload
 * example sends, the document's cURL examples (resource {@code conformance/002-curl-examples.sh}), a fresh
 * user for every test, and the helpers both suites call.
 */
abstract class StreamSeedSuite {

    static final String PDF_TEXT = "Quarterly revenue rose by twelve percent";
    static final AtomicInteger USERS = new AtomicInteger();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static RunningParley parley;
    static CurlExamples examples;
    static byte[] documentPdf;

    String token;

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

    // ---- helpers ----

    CurlExamples.Result run(String example, Map<String, String> ids) {
        return examples.run(example, parley.base().toString(), token, ids);
    }

    static String newUser() {
        String username = "stream" + USERS.incrementAndGet();
        Map<String, String> credentials = Map.of("username", username, "password", "conformance-password");
        HttpResponse<String> registered = parley.json("POST", "/v1/auth/register", credentials);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return parse(parley.json("POST", "/v1/auth/token", credentials)).path("access_token").asText();
    }

    /** A new session of {@code token}'s user on {@code model}, holding one exchange. */
    static long startSession(String token, String model) {
        HttpResponse<String> response = stream(token, chat(model, "Hello there"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.headers().firstValue("X-Session-Id").orElseThrow());
    }

    static long createPrompt(String token, String title, String scenario) {
        HttpResponse<String> response = post("/api/chat/prompts", token, Map.of("title", title,
                "content", "Summarize the following text: {text}", "scenario", scenario));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response).path("id").asLong();
    }

    static Map<String, Object> chat(String model, String message) {
        return Map.of("model", model, "messages", List.of(userMessage(message)));
    }

    static Map<String, String> userMessage(String content) {
        return Map.of("role", "user", "content", content);
    }

    static HttpResponse<String> stream(String token, Map<String, Object> body) {
        return post("/v1/chat/stream", token, body);
    }

    static HttpResponse<String> post(String path, String token, Object body) {
        return parley.json("POST", path, body, bearer(token));
    }

    static HttpResponse<String> get(String path, String token) {
        return token == null ? parley.json("GET", path, null) : parley.json("GET", path, null, bearer(token));
    }

    static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    static HttpResponse<String> upload(long session, String token, String filename, byte[] content) {
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

    void assertQueryRefused(String path, String parameter) {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as(path).isEqualTo(422);
        assertFastApiValidation(parse(response), "query", parameter);
    }

    /** FastAPI's validation body: a list of {loc, msg, type}, the first located at {@code loc}'s start. */
    static void assertFastApiValidation(JsonNode body, String... loc) {
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

    static void assertIsoInstant(JsonNode value) {
        assertThat(value.isTextual()).as("%s is text", value).isTrue();
        assertThat(Instant.parse(value.asText())).isNotNull();
        assertThat(value.asText()).endsWith("Z");
    }

    static JsonNode json(CurlExamples.Result result) {
        try {
            return JSON.readTree(result.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + result.status() + "): " + result.body(), e);
        }
    }

    static JsonNode parse(HttpResponse<String> response) {
        return RunningParley.parse(response);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    /** The data of each event that has no event type, as a conforming SSE client rebuilds it (lines joined by LF). */
    static List<String> dataEvents(String stream) {
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

    static byte[] pdf(String... pages) {
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
