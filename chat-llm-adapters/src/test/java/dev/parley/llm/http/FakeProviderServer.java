package dev.parley.llm.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;

/**
 * Test support: the protocol-neutral half of a fake provider, a loopback server. Answers come from a
 * queue, else from a standing responder. It can stall mid-stream, keep a stream going with filler
 * frames, send a line that never ends, and tell whether the client hung up on it. What the frames
 * say, and the content type of a stream, is the provider fake's business.
 */
public final class FakeProviderServer implements AutoCloseable {

    /** The content type of a Server-Sent Events stream. */
    public static final String EVENT_STREAM = "text/event-stream; charset=utf-8";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final byte[] ENDLESS_LINE_BLOCK =
            "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);

    private final MockWebServer server = new MockWebServer();
    private final Queue<MockResponse> queue = new ConcurrentLinkedQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch hungUp = new CountDownLatch(1);
    private final String streamContentType;
    private volatile Function<RecordedRequest, MockResponse> responder;

    private FakeProviderServer(String streamContentType, Function<RecordedRequest, MockResponse> unscripted) {
        this.streamContentType = streamContentType;
        this.responder = unscripted;
    }

    /**
     * Starts a server whose streams carry {@code streamContentType}, answering {@code unscripted}
     * until told otherwise.
     */
    public static FakeProviderServer start(String streamContentType,
                                           Function<RecordedRequest, MockResponse> unscripted) {
        FakeProviderServer fake = new FakeProviderServer(streamContentType, unscripted);
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

    /** The full URL of {@code path} on this server, e.g. {@code http://127.0.0.1:4711/v1}. */
    public String url(String path) {
        return server.url(path).toString();
    }

    public String hostName() {
        return server.getHostName();
    }

    public int port() {
        return server.getPort();
    }

    public void enqueue(MockResponse response) {
        queue.add(response);
    }

    /** Answers every request not served by the queue. */
    public void answerAlways(Function<RecordedRequest, MockResponse> responder) {
        this.responder = responder;
    }

    /** A whole body of unannounced length, sent in chunks of {@code chunkSize} bytes. */
    public static MockResponse chunked(String contentType, String body, int chunkSize) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", contentType)
                .chunkedBody(body, chunkSize)
                .build();
    }

    /** A body of known length, with a status; the caller may add headers before building. */
    public static MockResponse.Builder whole(int status, String contentType, String body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", contentType)
                .body(body);
    }

    /** Sends {@code first}, then nothing at all until the fake is closed. */
    public MockResponse stallAfter(String first) {
        return streaming(streamContentType, sink -> {
            sink.writeUtf8(first).flush();
            release.await(1, TimeUnit.MINUTES);
        });
    }

    /**
     * Sends {@code first}, then {@code filler} frames (which should carry no text) until the client
     * hangs up, which {@link #clientHungUp()} then reports.
     */
    public MockResponse fillerAfter(String first, Supplier<String> filler) {
        return streaming(streamContentType, sink -> noticingHangUp(() -> {
            sink.writeUtf8(first).flush();
            while (!release.await(20, TimeUnit.MILLISECONDS)) {
                sink.writeUtf8(filler.get()).flush();
            }
        }));
    }

    /**
     * Sends {@code first}, then {@code lineStart} followed by a line that never ends: up to
     * {@code maxBytes} of it, then nothing until the fake is closed. {@link #clientHungUp()} reports a
     * client that hung up meanwhile.
     */
    public MockResponse endlessLineAfter(String first, String lineStart, int maxBytes) {
        return streaming(streamContentType, sink -> noticingHangUp(() -> {
            sink.writeUtf8(first).writeUtf8(lineStart);
            for (int sent = 0; sent < maxBytes; sent += ENDLESS_LINE_BLOCK.length) {
                sink.write(ENDLESS_LINE_BLOCK).flush();
            }
            release.await(1, TimeUnit.MINUTES);
        }));
    }

    public boolean clientHungUp() {
        return hungUp.getCount() == 0;
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    public RecordedRequest takeRequest() {
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

    public static JsonNode bodyOf(RecordedRequest request) {
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

    /** A body of unannounced length that {@code writer} writes as it goes. */
    public static MockResponse streaming(String contentType, BodyWriter writer) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", contentType)
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

    private void noticingHangUp(Step step) throws IOException, InterruptedException {
        try {
            step.run();
        } catch (IOException clientWentAway) {
            hungUp.countDown();
            throw clientWentAway;
        }
    }

    /** Writes a streamed body. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(BufferedSink sink) throws IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException, InterruptedException;
    }
}
