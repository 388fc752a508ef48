package dev.parley.http.support;

/**
 * HTTP support: the two wire formats a reply can stream in, each with its content type and the frame
 * sent while nothing else is written (so that a client that went away is noticed even while the model
 * is silent).
 */
public enum StreamFormat {

    /** Server-sent events; the keep-alive is a comment, which conforming clients never dispatch. */
    SERVER_SENT_EVENTS("text/event-stream", ": keep-alive\n\n"),
    /** Newline-delimited JSON, one object per line; the keep-alive is a line of its own type. */
    JSON_LINES("application/x-ndjson", "{\"type\":\"ping\"}\n");

    private final String contentType;
    private final String keepAlive;

    StreamFormat(String contentType, String keepAlive) {
        this.contentType = contentType;
        this.keepAlive = keepAlive;
    }

    public String contentType() {
        return contentType;
    }

    public String keepAlive() {
        return keepAlive;
    }
}
