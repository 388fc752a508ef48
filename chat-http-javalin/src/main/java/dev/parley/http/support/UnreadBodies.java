package dev.parley.http.support;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * HTTP support: a response to a request whose body the client is still sending, because the server refused
 * it before or while reading it (too large, another user's session, no credential), says
 * {@code Connection: close}. The server drops such a connection rather than read the rest, and without the
 * header a client would send its next request on it. Bodies are read through {@link #read}, which records
 * whether one was read to its end. A client that waits for {@code 100 Continue} sends no body unless the
 * server starts reading it, so its connection stays open when the server never did.
 */
public final class UnreadBodies {

    private static final String STATE = UnreadBodies.class.getName();

    private enum State {
        READING,
        READ
    }

    private UnreadBodies() {
    }

    public static void register(RoutesConfig routes) {
        routes.after(UnreadBodies::closeIfUnread);
    }

    /** Reads the request's body with {@code reader}, which reads it to its end unless it throws. */
    public static <T> T read(Context ctx, Supplier<T> reader) {
        ctx.attribute(STATE, State.READING);
        T body = reader.get();
        ctx.attribute(STATE, State.READ);
        return body;
    }

    private static void closeIfUnread(Context ctx) {
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        if (!hasBody || ctx.res().isCommitted()) {
            return;
        }
        State state = ctx.attribute(STATE);
        boolean waitsForContinue = "100-continue".equalsIgnoreCase(ctx.header("Expect"));
        if (state == State.READING || state == null && !waitsForContinue) {
            ctx.header("Connection", "close");
        }
    }
}
