package dev.parley.http.support;

/**
 * HTTP support: the wire formats a reply can stream in, each with its content type and the frame
 * sent while nothing else is written (so that a client that went away is noticed even while the model
 * is silent), if the format has one.
 */
public enum StreamFormat {

    /** Server-sent events; the keep-alive is a comment, which conforming clients never dispatch. */
    SERVER_SENT_EVENTS("text/event-stream", ": keep-alive\n\n"),
    /** Newline-delimited JSON, one object per line; the keep-alive is a line of its own type. */
    JSON_LINES("application/x-ndjson", "{\"type\":\"ping\"}\n"),
    /**
     * Raw text, as seed 003 streams a reply: nothing but the reply's own characters, so there is no keep-alive
     * (pair it with a {@link ConnectionWatch} to notice a client that went away while the model is silent).
     */
    PLAIN_TEXT("text/plain", "");

    private final String contentType;
    private final String keepAlive;

    StreamFormat(String contentType, String keepAlive) {
        this.contentType = contentType;
        this.keepAlive = keepAlive;
    }

    public String contentType() {
        return contentType;
    }

    /** The keep-alive frame, or "" when the format has none. */
    public String keepAlive() {
        return keepAlive;
    }
}
