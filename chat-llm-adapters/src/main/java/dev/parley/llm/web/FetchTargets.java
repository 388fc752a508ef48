package dev.parley.llm.web;

import dev.parley.core.domain.error.InvalidInputException;
import java.net.URI;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * What may be fetched at all, before any address is looked at: http and https URLs without a user name
 * or password, the first one and every redirect alike. A fragment is dropped: it never goes on the wire.
 */
final class FetchTargets {

    static final String FIELD = "url";

    private FetchTargets() {
    }

    /** The URL a caller asked for. */
    static HttpUrl of(URI url) {
        if (url == null) {
            throw new InvalidInputException(FIELD, "A URL to fetch is required.");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException(FIELD, "Only http and https URLs can be fetched.");
        }
        if (url.getRawUserInfo() != null) {
            throw withCredentials();
        }
        HttpUrl parsed = HttpUrl.parse(url.toString());
        if (parsed == null) {
            throw new InvalidInputException(FIELD, "The URL to fetch is not a valid http(s) URL.");
        }
        return checked(parsed);
    }

    /**
     * Where a redirect from {@code from} leads, or null when its {@code Location} is not an http(s) URL
     * (a {@code file:} or {@code gopher:} one, say).
     */
    static HttpUrl redirect(HttpUrl from, String location) {
        HttpUrl next = from.resolve(location.strip());
        return next == null ? null : checked(next);
    }

    private static HttpUrl checked(HttpUrl url) {
        // Judged on OkHttp's own reading of the URL, the one it will connect to, not on java.net.URI's.
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw withCredentials();
        }
        return url.fragment() == null ? url : url.newBuilder().fragment(null).build();
    }

    private static InvalidInputException withCredentials() {
        return new InvalidInputException(FIELD, "A URL with a user name or password cannot be fetched.");
    }
}
