package dev.parley.llm.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;

/**
 * Test support: a loopback Ollama server. Answers come from a queue, else from a standing responder.
 * It can also stall mid-stream, and tell whether the client hung up on it.
 */
final class FakeOllama implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final MockWebServer server = new MockWebServer();
    private final Queue<MockResponse> queue = new ConcurrentLinkedQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch hungUp = new CountDownLatch(1);
    private volatile Function<RecordedRequest, MockResponse> responder =
            request -> json(500, "{\"error\":\"nothing scripted\"}");

    private FakeOllama() {
    }

    static FakeOllama start() {
        FakeOllama fake = new FakeOllama();
        fake.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse next = fake.queue.poll();
                return next != null ? next : fake.responder.apply(request);
            }
        });
        try {
            fake.server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fake;
    }

    /** The address as {@code OLLAMA_HOST} usually holds it: {@code host:port}, no scheme. */
    String host() {
        return server.getHostName() + ":" + server.getPort();
    }

    String url() {
        return "http://" + host();
    }

    OllamaSettings settings() {
        return OllamaSettings.of("fake-ollama", host());
    }

    OllamaSettings settings(Duration readTimeout) {
        OllamaSettings settings = settings();
        return settings.withTimeouts(settings.connectTimeout(), readTimeout, readTimeout);
    }

    void enqueue(MockResponse response) {
        queue.add(response);
    }

    /** Answers every request not served by the queue. */
    void answerAlways(Function<RecordedRequest, MockResponse> responder) {
        this.responder = responder;
    }

    /** Answers streamed requests with {@code ndjson} and whole ones with {@code reply}. */
    void answerAlways(String ndjson, String reply) {
        answerAlways(request -> isStreamed(request) ? ndjson(ndjson) : json(200, reply));
    }

    static MockResponse ndjson(String body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/x-ndjson")
                .chunkedBody(body, 256)
                .build();
    }

    /** An NDJSON body of unannounced length, sent in large chunks. */
    static MockResponse bigNdjson(String body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/x-ndjson")
                .chunkedBody(body, 64 * 1024)
                .build();
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }

    /** Sends {@code firstLines}, then nothing at all until the fake is closed. */
    MockResponse stallAfter(String firstLines) {
        return streaming(sink -> {
            sink.writeUtf8(firstLines).flush();
            release.await(1, TimeUnit.MINUTES);
        });
    }

    /**
     * Sends {@code firstLines}, then lines with empty content (as Ollama sends while a model thinks)
     * until the client hangs up, which {@link #clientHungUp()} then reports.
     */
    MockResponse emptyPiecesAfter(String firstLines) {
        return streaming(sink -> {
            try {
                sink.writeUtf8(firstLines).flush();
                while (!release.await(20, TimeUnit.MILLISECONDS)) {
                    sink.writeUtf8(OllamaTranscripts.piece("")).flush();
                }
            } catch (IOException clientWentAway) {
                hungUp.countDown();
                throw clientWentAway;
            }
        });
    }

    /**
     * Sends {@code firstLines}, then a line that never ends: up to {@code maxBytes} of it, then
     * nothing until the fake is closed. {@link #clientHungUp()} reports a client that hung up meanwhile.
     */
    MockResponse endlessLineAfter(String firstLines, int maxBytes) {
        byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        return streaming(sink -> {
            try {
                sink.writeUtf8(firstLines).writeUtf8("{\"message\":{\"content\":\"");
                for (int sent = 0; sent < maxBytes; sent += block.length) {
                    sink.write(block).flush();
                }
                release.await(1, TimeUnit.MINUTES);
            } catch (IOException clientWentAway) {
                hungUp.countDown();
                throw clientWentAway;
            }
        });
    }

    boolean clientHungUp() {
        return hungUp.getCount() == 0;
    }

    int requestCount() {
        return server.getRequestCount();
    }

    RecordedRequest takeRequest() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the fake server received no request");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode bodyOf(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.close();
    }

    private static boolean isStreamed(RecordedRequest request) {
        // Ollama streams unless told not to.
        return bodyOf(request).path("stream").asBoolean(true);
    }

    private static MockResponse streaming(BodyWriter writer) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/x-ndjson")
                .body(new MockResponseBody() {
                    @Override
                    public long getContentLength() {
                        return -1;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) throws IOException {
                        try {
                            writer.write(sink);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                })
                .build();
    }

    @FunctionalInterface
    private interface BodyWriter {
        void write(BufferedSink sink) throws IOException, InterruptedException;
    }
}
