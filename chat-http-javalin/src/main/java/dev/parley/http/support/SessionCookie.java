package dev.parley.http.support;

import dev.parley.core.domain.user.IssuedSecret;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP support: the cookie that names a server-side session, {@value #NAME}. It is HttpOnly, so that no
 * script reads it, SameSite=Lax, so that other sites' pages do not send it with their posts, valid on
 * every path, and Secure when the server is reached over https (so that browsers send it over nothing else).
 */
public final class SessionCookie {

    public static final String NAME = "parley_session";

    // RFC 6265's cookie-octets; the core's secrets are URL-safe, so this only guards the header.
    private static final Pattern VALUE = Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]+");

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    /** The session secret the request's cookie carries, if any. */
    public static Optional<String> read(Context ctx) {
        return Optional.ofNullable(ctx.cookie(NAME)).filter(value -> !value.isBlank());
    }

    /** Hands {@code session} to the browser, for as long as the core keeps it. */
    public void set(Context ctx, IssuedSecret session) {
        if (!VALUE.matcher(session.value()).matches()) {
            throw new IllegalStateException("A session secret must consist of cookie characters only");
        }
        Duration lifetime = session.expiresIn();
        ctx.res().addHeader("Set-Cookie", NAME + "=" + session.value() + attributes()
                + (lifetime == null ? "" : "; Max-Age=" + lifetime.toSeconds()) + (secure ? "; Secure" : ""));
    }

    /** Tells the browser to forget the cookie. */
    public void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + attributes() + "; Max-Age=0" + (secure ? "; Secure" : ""));
    }

    private static String attributes() {
        return "; Path=/; HttpOnly; SameSite=Lax";
    }
}
