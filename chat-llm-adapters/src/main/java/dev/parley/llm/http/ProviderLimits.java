package dev.parley.llm.http;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Provider plumbing: the size limits every provider adapter puts on what a server sends, so a broken
 * or hostile server fails as {@code PROTOCOL} instead of filling memory.
 */
public final class ProviderLimits {

    /** Far above any model's output or any model list, so only a broken or hostile server reaches it. */
    public static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    /** How much of an error body is read: enough for any JSON explanation, not a whole HTML page. */
    public static final long MAX_ERROR_BODY = 64 * 1024;
    public static final int MAX_LINE_BYTES = 1024 * 1024;
    public static final int MAX_EVENT_CHARS = 1024 * 1024;
    /** Far above any model's output limit, so only a broken or hostile server reaches it. */
    public static final int MAX_REPLY_CHARS = 8 * 1024 * 1024;

    private ProviderLimits() {
    }

    /** The whole body as text, or null once it passes {@link #MAX_BODY_BYTES} rather than read it all. */
    public static String bodyText(ResponseBody body) throws IOException {
        BufferedSource source = body.source();
        if (body.contentLength() > MAX_BODY_BYTES || source.request(MAX_BODY_BYTES + 1)) {
            return null;
        }
        return source.readUtf8();
    }
}
