package dev.parley.http;

import dev.parley.http.support.DeclaredRoute;
import dev.parley.http.support.InFlightReplies;
import dev.parley.http.support.RouteInventory;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driving adapter handle: the configured HTTP server, so that whoever starts it (the composition
 * root, a test) never depends on the web framework itself.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin app;
    private final InFlightReplies replies;
    private final GracefulHandler requests;
    private final Duration shutdownGrace;
    private final RouteInventory inventory;
    private volatile String host;

    HttpServer(Javalin app, InFlightReplies replies, GracefulHandler requests, Duration shutdownGrace,
            RouteInventory inventory) {
        this.app = app;
        this.replies = replies;
        this.requests = requests;
        this.shutdownGrace = shutdownGrace;
        this.inventory = inventory;
    }

    /** Starts listening; port 0 picks a free port, which {@link #port()} then tells. */
    public HttpServer start(String host, int port) {
        this.host = host;
        app.start(host, port);
        return this;
    }

    /** The port actually bound. */
    public int port() {
        return app.port();
    }

    /** Every route the server serves, each with who may call it, in the order they were registered. */
    public List<DeclaredRoute> routes() {
        return inventory.routes();
    }

    /** The interface the server listens on, as it was given to {@link #start}. */
    public String host() {
        return host;
    }

    /**
     * Stops gracefully, within the shutdown grace: refuses new chat requests (503), cancels every reply
     * in flight and waits until the core has stored each (as partial) and its handler has answered;
     * then, refusing every new request, waits until the responses under way are complete; then stops
     * listening and closes the connections. Whatever still runs when the grace is over is cut off.
     * Returns only then, so the caller may close the database next. Calling it again is harmless.
     */
    public void stop() {
        long deadline = System.nanoTime() + shutdownGrace.toNanos();
        int unfinished = replies.stop(shutdownGrace);
        if (unfinished > 0) {
            LOG.warn("Stopping with {} replies still running after a grace of {}", unfinished, shutdownGrace);
        } else {
            awaitResponses(Math.max(0, deadline - System.nanoTime()));
        }
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitResponses(long nanos) {
        try {
            requests.shutdown().get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Stopping with {} requests still in progress after a grace of {}",
                    requests.getCurrentRequestCount(), shutdownGrace);
        } catch (ExecutionException e) {
            LOG.warn("Waiting for the requests in progress failed; stopping anyway", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
