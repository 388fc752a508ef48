package dev.parley.http.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * HTTP support: writes a stream of frames onto a plain response, in a {@link StreamFormat} (Javalin's own
 * SSE route answers only clients that send {@code Accept: text/event-stream}). Flushes every frame, and
 * while nothing else is written sends the format's keep-alive every heartbeat from a virtual thread, so a
 * client that went away is noticed even while the model is silent. Writers take turns under one lock. The
 * first failed write marks the stream broken, runs {@code onClientGone} once, and makes every later write
 * throw {@link UncheckedIOException}; {@code onClientGone} runs under the lock, so it must only signal
 * (cancel), never write. {@link #dataFrame} and {@link #eventFrame} build server-sent events' frames.
 */
public final class EventStream implements AutoCloseable {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final HttpServletResponse response;
    private final StreamFormat format;
    private final byte[] keepAlive;
    private final long heartbeatNanos;
    private final Runnable onClientGone;
    // A lock rather than synchronized: on Java 21 a virtual thread blocked in synchronized pins its carrier.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition closing = lock.newCondition();
    private OutputStream out;
    private boolean open;
    private boolean broken;
    private boolean closed;
    private long lastWrite;

    public EventStream(HttpServletResponse response, StreamFormat format, Duration heartbeat, Runnable onClientGone) {
        this.response = response;
        this.format = format;
        this.keepAlive = format.keepAlive().getBytes(StandardCharsets.UTF_8);
        this.heartbeatNanos = heartbeat.toNanos();
        this.onClientGone = onClientGone;
    }

    /** Sends status 200, the format's content type, the streaming headers plus {@code headers}, and starts the heartbeat. */
    public void open(Map<String, String> headers) {
        lock.lock();
        try {
            if (open || closed) {
                throw new IllegalStateException("the event stream was already opened");
            }
            open = true;
            response.setStatus(200);
            response.setContentType(format.contentType());
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Accel-Buffering", "no");
            headers.forEach(response::setHeader);
            try {
                // The raw servlet stream: Javalin's wrapper might gzip it, which would hold events back.
                out = response.getOutputStream();
                response.flushBuffer();
                lastWrite = System.nanoTime();
            } catch (IOException e) {
                throw markBroken(e);
            }
        } finally {
            lock.unlock();
        }
        if (keepAlive.length > 0) {
            Thread.ofVirtual().name("parley-stream-heartbeat").start(this::beatWhileSilent);
        }
    }

    public boolean isOpen() {
        lock.lock();
        try {
            return open;
        } finally {
            lock.unlock();
        }
    }

    public boolean isBroken() {
        lock.lock();
        try {
            return broken;
        } finally {
            lock.unlock();
        }
    }

    /** One frame, exactly as given. */
    public void write(String frame) {
        byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        lock.lock();
        try {
            if (!open || closed) {
                throw new IllegalStateException("the event stream is not open");
            }
            if (broken) {
                throw new UncheckedIOException(new IOException("the client has gone away"));
            }
            writeAndFlush(bytes);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The frame of one server-sent event carrying {@code payload}, split into one {@code data:} line per
     * line of it: a conforming client joins them with LF, so each CR and CRLF arrives as LF.
     */
    public static String dataFrame(String payload) {
        return dataLines(payload) + "\n";
    }

    /** The frame of one server-sent event of type {@code name}, its payload framed as {@link #dataFrame} does. */
    public static String eventFrame(String name, String payload) {
        return "event: " + name + "\n" + dataLines(payload) + "\n";
    }

    /** Stops the heartbeat; the stream itself ends when the handler returns. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            closing.signalAll();
        } finally {
            lock.unlock();
        }
    }

    static String dataLines(String payload) {
        StringBuilder lines = new StringBuilder(payload.length() + 8);
        for (String line : LINE_BREAK.split(payload, -1)) {
            lines.append("data: ").append(line).append('\n');
        }
        return lines.toString();
    }

    private void writeAndFlush(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            lastWrite = System.nanoTime();
        } catch (IOException e) {
            throw markBroken(e);
        }
    }

    private UncheckedIOException markBroken(IOException cause) {
        boolean first = !broken;
        broken = true;
        closing.signalAll();
        if (first) {
            onClientGone.run();
        }
        return new UncheckedIOException(cause);
    }

    private void beatWhileSilent() {
        lock.lock();
        try {
            while (!closed && !broken) {
                long wait = lastWrite + heartbeatNanos - System.nanoTime();
                if (wait > 0) {
                    closing.await(wait, TimeUnit.NANOSECONDS);
                } else {
                    writeAndFlush(keepAlive);
                }
            }
        } catch (UncheckedIOException gone) {
            // onClientGone has already run; there is nobody left to beat for.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
