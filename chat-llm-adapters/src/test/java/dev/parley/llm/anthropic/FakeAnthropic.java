package dev.parley.llm.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
 * Test support: a loopback server speaking Anthropic's Messages API. Answers come from a queue, else
 * from a standing responder. It can also stall mid-stream, and tell whether the client hung up on it.
 */
final class FakeAnthropic implements AutoCloseable {

    /** The text pieces of {@code messages-stream.sse}, in order. */
    static final List<String> TRANSCRIPT_PIECES =
            List.of("Roses", " are", " red", ",\n", "viol", "ets", " are", " blue", ".");
    static final String TRANSCRIPT_TEXT = "Roses are red,\nviolets are blue.";
    static final String PING = "event: ping\ndata: {\"type\": \"ping\"}\n\n";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final MockWebServer server = new MockWebServer();
    private final Queue<MockResponse> queue = new ConcurrentLinkedQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch hungUp = new CountDownLatch(1);
    private volatile Function<RecordedRequest, MockResponse> responder =
            request -> json(500, AnthropicTranscripts.read("error-500.json"));

    private FakeAnthropic() {
    }

    static FakeAnthropic start() {
        FakeAnthropic fake = new FakeAnthropic();
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

    /** The root the SDKs take as ANTHROPIC_BASE_URL: scheme, host and port, no {@code /v1}. */
    String baseUrl() {
        String root = server.url("/").toString();
        return root.substring(0, root.length() - 1);
    }

    AnthropicSettings settings(String apiKey) {
        return AnthropicSettings.of("fake-anthropic", baseUrl(), apiKey);
    }

    AnthropicSettings settings(String apiKey, Duration readTimeout) {
        AnthropicSettings settings = settings(apiKey);
        return settings.withTimeouts(settings.connectTimeout(), readTimeout, readTimeout);
    }

    void enqueue(MockResponse response) {
        queue.add(response);
    }

    /** Answers every request not served by the queue. */
    void answerAlways(Function<RecordedRequest, MockResponse> responder) {
        this.responder = responder;
    }

    /** Answers streamed requests with {@code sse} and whole ones with {@code message}. */
    void answerAlways(String sse, String message) {
        answerAlways(request -> isStreamed(request) ? sse(sse) : json(200, message));
    }

    static MockResponse sse(String body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "text/event-stream; charset=utf-8")
                .chunkedBody(body, 256)
                .build();
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .setHeader("request-id", "req_011CUXkParleyFake000000")
                .body(body)
                .build();
    }

    /** Sends {@code firstEvents}, then nothing at all until the fake is closed. */
    MockResponse stallAfter(String firstEvents) {
        return streaming(sink -> {
            sink.writeUtf8(firstEvents).flush();
            release.await(1, TimeUnit.MINUTES);
        });
    }

    /**
     * Sends {@code firstEvents}, then {@code ping} events (which carry no text) until the client hangs
     * up, which {@link #clientHungUp()} then reports.
     */
    MockResponse pingsAfter(String firstEvents) {
        return streaming(sink -> {
            try {
                sink.writeUtf8(firstEvents).flush();
                while (!release.await(20, TimeUnit.MILLISECONDS)) {
                    sink.writeUtf8(PING).flush();
                }
            } catch (IOException clientWentAway) {
                hungUp.countDown();
                throw clientWentAway;
            }
        });
    }

    /**
     * Sends {@code firstEvents}, then a line that never ends: up to {@code maxBytes} of it, then
     * nothing until the fake is closed. {@link #clientHungUp()} reports a client that hung up meanwhile.
     */
    MockResponse endlessLineAfter(String firstEvents, int maxBytes) {
        byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        return streaming(sink -> {
            try {
                sink.writeUtf8(firstEvents).writeUtf8("data: ");
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
        return bodyOf(request).path("stream").asBoolean(false);
    }

    private static MockResponse streaming(BodyWriter writer) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "text/event-stream; charset=utf-8")
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
