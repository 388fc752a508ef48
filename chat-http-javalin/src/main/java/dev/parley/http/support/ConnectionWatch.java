package dev.parley.http.support;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.util.BufferUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP support: notices a client that closed its connection while a handler works without writing
 * (a whole reply being generated), and runs {@code onClientGone} once.
 *
 * <p>Jetty cannot tell: while a request is handled it does not read its HTTP/1 connection (and only a
 * read sees the client's FIN), its failure listeners fire only on a failed write or an idle timeout,
 * and {@code EndPoint.isOpen()} reflects only this side. So this watch reads the connection itself,
 * one byte at a time from a virtual thread, which is safe only where Jetty is sure not to read:
 * HTTP/1.x with the request body already read to its end; anywhere else the watch does nothing. A
 * client that sends bytes early (a pipelined request) has them consumed, so {@link #consumedBytes()}
 * then tells the handler to answer with {@code Connection: close}; a client that half-closes its
 * connection after sending its request counts as gone. {@link #close()} stops the watch before the
 * handler writes, and no read happens after it returns. Verified against Jetty 12.1.
 */
public final class ConnectionWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionWatch.class);

    private final EndPoint endPoint;
    private final long intervalNanos;
    private final Runnable onClientGone;
    // A lock rather than synchronized: on Java 21 a virtual thread blocked in synchronized pins its carrier.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition closing = lock.newCondition();
    private boolean closed;
    private boolean consumed;

    private ConnectionWatch(EndPoint endPoint, Duration interval, Runnable onClientGone) {
        this.endPoint = endPoint;
        this.intervalNanos = interval.toNanos();
        this.onClientGone = onClientGone;
    }

    /** Starts watching the connection {@code request} arrived on, checking every {@code interval}. */
    public static ConnectionWatch start(HttpServletRequest request, Duration interval, Runnable onClientGone) {
        ConnectionWatch watch = new ConnectionWatch(watchableEndPoint(request), interval, onClientGone);
        if (watch.endPoint != null) {
            Thread.ofVirtual().name("parley-connection-watch").start(watch::watch);
        }
        return watch;
    }

    /** Whether the watch consumed bytes the client sent, so that the connection must not be reused. */
    public boolean consumedBytes() {
        lock.lock();
        try {
            return consumed;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the watch; once this returns the connection is Jetty's alone again. */
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

    private static EndPoint watchableEndPoint(HttpServletRequest request) {
        try {
            ConnectionMetaData connection = ServletContextRequest.getServletContextRequest(request).getConnectionMetaData();
            boolean http1 = connection.getHttpVersion() == HttpVersion.HTTP_1_1
                    || connection.getHttpVersion() == HttpVersion.HTTP_1_0;
            return http1 && request.getInputStream().isFinished() ? connection.getConnection().getEndPoint() : null;
        } catch (IOException | IllegalStateException notWatchable) {
            return null;
        }
    }

    private void watch() {
        boolean gone = false;
        lock.lock();
        try {
            ByteBuffer probe = BufferUtil.allocate(1);
            while (!closed) {
                int read = endPoint.fill(probe);
                if (read < 0) {
                    gone = true;
                    return;
                }
                if (read > 0) {
                    consumed = true;
                    return;
                }
                closing.awaitNanos(intervalNanos);
            }
        } catch (IOException e) {
            gone = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
            // Outside the lock: cancelling runs the model adapter's callbacks.
            if (gone) {
                LOG.debug("The client closed its connection while its reply was being generated");
                onClientGone.run();
            }
        }
    }
}
