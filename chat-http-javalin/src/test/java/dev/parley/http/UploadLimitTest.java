package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.testing.FakeTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upload limit (here 1 KiB, on the server and in the core alike) holds while the body is read: a file
 * over it is refused 413, whether its length was declared or it came chunked, on every upload route, and
 * nothing of it is stored.
 */
class UploadLimitTest {

    private static final int LIMIT = 1024;
    private static final String TOO_LARGE = "{\"detail\":\"The file is larger than the limit of 1024 bytes\"}";

    private RunningApi api;
    private String token;
    private String session;

    @BeforeEach
    void start() {
        api = RunningApi.startWithUploadLimit(LIMIT);
        token = api.core().tokenFor("alice");
        session = api.post("/v1/chat/sessions", "{}", token).json().path("id").asText();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static byte[] text(int bytes) {
        byte[] text = new byte[bytes];
        Arrays.fill(text, (byte) 'a');
        return text;
    }

    private static byte[] pdf(int bytes) {
        byte[] header = FakeTextExtractor.pdf("");
        byte[] pdf = Arrays.copyOf(header, bytes);
        Arrays.fill(pdf, header.length, bytes, (byte) 'p');
        return pdf;
    }

    @Test
    void aFileOfExactlyTheLimitIsStored() {
        ApiResponse response = api.upload("/v1/files", MultipartBody.ofFile("a.txt", "text/plain", text(LIMIT)), token);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("file_size").asInt()).isEqualTo(LIMIT);
    }

    @Test
    void aFileOneByteOverTheLimitIsRefused413OnEveryUploadRouteAndNothingIsStored() {
        ApiResponse alone = api.upload("/v1/files", MultipartBody.ofFile("a.txt", "text/plain", text(LIMIT + 1)), token);
        ApiResponse intoSession = api.upload("/v1/chat/sessions/" + session + "/files",
                MultipartBody.ofFile("a.txt", "text/plain", text(LIMIT + 1)), token);
        ApiResponse stream = api.upload("/api/chat/sessions/" + session + "/upload",
                MultipartBody.ofFile("a.pdf", "application/pdf", pdf(LIMIT + 1)), token);

        for (ApiResponse refused : new ApiResponse[] {alone, intoSession, stream}) {
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.body()).isEqualTo(TOO_LARGE);
        }
        assertThat(api.core().blobs().keys()).isEmpty();
        assertThat(api.get("/v1/files", token).json().path("total").asInt()).isZero();
    }

    @Test
    void aRefusedUploadClosesItsConnectionWhileAStoredOneKeepsIt() {
        ApiResponse refused = api.uploadChunked("/v1/files", MultipartBody.ofFile("a.txt", "text/plain", text(4 * LIMIT)),
                token);
        ApiResponse alicesSession = api.upload("/v1/chat/sessions/" + session + "/files",
                MultipartBody.ofFile("a.txt", "text/plain", text(10)), api.core().tokenFor("bob"));
        ApiResponse stored = api.upload("/v1/files", MultipartBody.ofFile("a.txt", "text/plain", text(10)), token);
        ApiResponse listed = api.get("/v1/files", token);

        assertThat(refused.header("Connection")).isEqualTo("close");
        assertThat(alicesSession.status()).isEqualTo(404);
        assertThat(alicesSession.header("Connection")).isEqualTo("close");
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.header("Connection")).isNull();
        assertThat(listed.header("Connection")).isNull();
    }

    @Test
    void aChunkedUploadWithoutADeclaredLengthIsCutOffAtTheLimit() {
        ApiResponse alone = api.uploadChunked("/v1/files", MultipartBody.ofFile("a.txt", "text/plain", text(4 * LIMIT)),
                token);
        ApiResponse stream = api.uploadChunked("/api/chat/sessions/" + session + "/upload",
                MultipartBody.ofFile("a.pdf", "application/pdf", pdf(4 * LIMIT)), token);
        ApiResponse small = api.uploadChunked("/v1/files", MultipartBody.ofFile("a.txt", "text/plain", text(10)), token);

        assertThat(alone.status()).isEqualTo(413);
        assertThat(alone.body()).isEqualTo(TOO_LARGE);
        assertThat(stream.status()).isEqualTo(413);
        assertThat(small.status()).isEqualTo(201);
        assertThat(api.core().blobs().keys()).hasSize(1);
    }

    @Test
    void anEndlessChunkedUploadIsAnswered413AndTheConnectionClosedLongBeforeItEnds() throws Exception {
        long endless = 512L * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=" + MultipartBody.BOUNDARY
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread sender = Thread.ofVirtual().start(() -> sendChunks(out, endless, sent));

            String response = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            sender.join(Duration.ofSeconds(10));

            assertThat(response).isEqualTo("HTTP/1.1 413");
            assertThat(sender.isAlive()).as("the server stopped taking the upload in").isFalse();
            // What was sent sits in socket buffers at most: the server read about the limit and closed.
            assertThat(sent.get()).isLessThan(64L * 1024 * 1024);
        }
        assertThat(api.core().blobs().keys()).isEmpty();
    }

    /** Sends a file part of {@code total} bytes in chunks until done or the server closes the connection. */
    private static void sendChunks(OutputStream out, long total, AtomicLong sent) {
        byte[] chunk = text(8192);
        try {
            chunk(out, ("--" + MultipartBody.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            while (sent.get() < total) {
                chunk(out, chunk);
                sent.addAndGet(chunk.length);
            }
        } catch (IOException closedByTheServer) {
            // Expected: the server answered and closed.
        }
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aDeclaredLengthPastTheUploadsBodyLimitIsRefusedBeforeTheBodyIsRead() {
        MultipartBody huge = MultipartBody.ofFile("a.txt", "text/plain", text(LIMIT + 128 * 1024));

        ApiResponse response = api.send(api.request("/v1/files", token).expectContinue(true)
                .header("Content-Type", huge.contentType()).POST(BodyPublishers.ofByteArray(huge.bytes())));

        assertThat(response.status()).isEqualTo(413);
        assertThat(api.core().blobs().keys()).isEmpty();
    }

    @Test
    void onlyUploadRoutesTakeBodiesLargerThanTheRequestBodyLimit() {
        try (RunningApi roomy = RunningApi.start()) {
            String alice = roomy.core().tokenFor("alice");
            byte[] large = text((int) RunningApi.MAX_BODY * 2);

            ApiResponse upload = roomy.upload("/v1/files", MultipartBody.ofFile("a.txt", "text/plain", large), alice);
            ApiResponse json = roomy.send(roomy.request("/v1/prompts", alice).expectContinue(true)
                    .header("Content-Type", "application/json").POST(BodyPublishers.ofString(
                            "{\"title\": \"t\", \"content\": \"" + new String(large, StandardCharsets.US_ASCII) + "\"}")));
            ApiResponse chunkedJson = roomy.send("POST", "/v1/prompts", "application/json", BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(("{\"title\": \"" + new String(large, StandardCharsets.US_ASCII) + "\"}")
                            .getBytes(StandardCharsets.US_ASCII))), alice);

            assertThat(upload.status()).isEqualTo(201);
            assertThat(json.status()).isEqualTo(413);
            assertThat(chunkedJson.status()).isEqualTo(413);
        }
    }

    @Test
    void theCoreCutsOffAFileOverItsLimitWhenTheServersIsLarger() {
        try (RunningApi loose = RunningApi.startWithUploadLimits(64 * 1024, LIMIT)) {
            String alice = loose.core().tokenFor("alice");

            ApiResponse response = loose.upload("/v1/files", MultipartBody.ofFile("a.txt", "text/plain", text(4 * LIMIT)),
                    alice);

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).isEqualTo(TOO_LARGE);
            assertThat(loose.core().blobs().keys()).isEmpty();
        }
    }
}
