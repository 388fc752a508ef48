package dev.parley.llm.search;

import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Adapter settings: where Parley's SearxNG instance answers and how long and how much Parley waits
 * for it. The operator chooses the address (often on a private network), so it is not held to the
 * public-address rule that fetching pages obeys.
 *
 * @param baseUrl the instance's address, e.g. {@code http://searxng:8080} or {@code https://host/searxng}
 *     behind a reverse proxy; kept without trailing slashes. It may not carry a user name, a
 *     password, a query or a fragment
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param timeout the whole search, from connecting to the last byte; SearxNG waits for its slowest
 *     engine (its own {@code request_timeout}, a few seconds) before it answers
 * @param maxResults the most results one search yields, whatever the caller asks for (1 to 50)
 * @param maxBodyBytes the largest answer read; a page of results is tens of kilobytes
 */
public record SearxngSettings(String baseUrl, Duration connectTimeout, Duration timeout, int maxResults,
        long maxBodyBytes) {

    public static final String PROVIDER_NAME = "searxng";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_RESULTS = 10;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;

    public SearxngSettings {
        baseUrl = checkedBaseUrl(baseUrl);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(timeout, "timeout");
        if (maxResults < 1 || maxResults > 50) {
            throw new IllegalArgumentException("maxResults must be between 1 and 50, not " + maxResults);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        }
    }

    /** Settings for the instance at {@code baseUrl} (e.g. the value of {@code PARLEY_SEARCH_URL}), with defaults. */
    public static SearxngSettings of(String baseUrl) {
        return new SearxngSettings(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_RESULTS,
                DEFAULT_MAX_BODY_BYTES);
    }

    public SearxngSettings withTimeouts(Duration connect, Duration whole) {
        return new SearxngSettings(baseUrl, connect, whole, maxResults, maxBodyBytes);
    }

    public SearxngSettings withMaxResults(int max) {
        return new SearxngSettings(baseUrl, connectTimeout, timeout, max, maxBodyBytes);
    }

    public SearxngSettings withMaxBodyBytes(long max) {
        return new SearxngSettings(baseUrl, connectTimeout, timeout, maxResults, max);
    }

    /** SearxNG's JSON search endpoint for {@code query}. */
    HttpUrl searchUrl(String query) {
        return HttpUrl.get(baseUrl + "/search").newBuilder()
                .addQueryParameter("q", query)
                .addQueryParameter("format", "json")
                .build();
    }

    private static String checkedBaseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String stripped = baseUrl.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        HttpUrl url = HttpUrl.parse(stripped);
        if (url == null) {
            throw new IllegalArgumentException("the SearxNG address is not an http(s) URL");
        }
        // Credentials here would be sent nowhere (OkHttp ignores them) yet end up in logs.
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new IllegalArgumentException("the SearxNG address may not carry a user name or password");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new IllegalArgumentException("the SearxNG address may not carry a query or a fragment");
        }
        return stripped;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
