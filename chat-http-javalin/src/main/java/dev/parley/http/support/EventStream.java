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
 * HTTP support: writes a server-sent event stream onto a plain response (Javalin's own SSE route
 * answers only clients that send {@code Accept: text/event-stream}). Flushes every event, and while
 * nothing else is written sends a {@code : keep-alive} comment every heartbeat from a virtual thread,
 * so a client that went away is noticed even while the model is silent. Writers take turns under one
 * lock. The first failed write marks the stream broken, runs {@code onClientGone} once, and makes
 * every later write throw {@link UncheckedIOException}; {@code onClientGone} runs under the lock, so it
 * must only signal (cancel), never write.
 */
public final class EventStream implements AutoCloseable {

    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final HttpServletResponse response;
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

    public EventStream(HttpServletResponse response, Duration heartbeat, Runnable onClientGone) {
        this.response = response;
        this.heartbeatNanos = heartbeat.toNanos();
        this.onClientGone = onClientGone;
    }

    /** Sends status 200, the event-stream headers plus {@code headers}, and starts the heartbeat. */
    public void open(Map<String, String> headers) {
        lock.lock();
        try {
            if (open || closed) {
                throw new IllegalStateException("the event stream was already opened");
            }
            open = true;
            response.setStatus(200);
            response.setContentType("text/event-stream");
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
        Thread.ofVirtual().name("parley-sse-heartbeat").start(this::beatWhileSilent);
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

    /** One event carrying {@code payload}, split into one {@code data:} line per line of it. */
    public void data(String payload) {
        write(dataLines(payload) + "\n");
    }

    /** One event of type {@code name}. */
    public void event(String name, String payload) {
        write("event: " + name + "\n" + dataLines(payload) + "\n");
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

    private void write(String frame) {
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
                    writeAndFlush(KEEP_ALIVE);
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
