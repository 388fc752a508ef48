package dev.parley.http;

import io.javalin.Javalin;

/**
 * Driving adapter handle: the configured HTTP server, so that whoever starts it (the composition
 * root, a test) never depends on the web framework itself.
 */
public final class HttpServer implements AutoCloseable {

    private final Javalin app;
    private volatile String host;

    HttpServer(Javalin app) {
        this.app = app;
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

    /** The interface the server listens on, as it was given to {@link #start}. */
    public String host() {
        return host;
    }

    /** Stops accepting requests and ends those in flight. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
