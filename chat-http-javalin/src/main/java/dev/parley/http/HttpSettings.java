package dev.parley.http;

import dev.parley.http.support.AddressRange;
import dev.parley.http.support.CorsPolicy;
import dev.parley.http.support.CsrfCheck;
import dev.parley.http.support.RateLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the HTTP adapter. The shorter constructors and {@link #defaults()} take the defaults
 * for what they leave out; the {@code with…} methods change one component.
 *
 * @param heartbeat how long an event stream may stay silent before a keep-alive comment is sent
 * @param maxRequestBodyBytes the largest request body accepted; larger ones are answered 413
 * @param shutdownGrace how long {@link HttpServer#stop()} waits, after cancelling the replies in flight, for
 *     the core to store what each had received and for the responses under way to complete, before the
 *     server stops regardless (zero: not at all)
 * @param credentialRecheck how often a reply in flight asks the core again whether its caller's credential
 *     still holds; a reply whose credential was revoked meanwhile is cancelled within about this long
 * @param rateLimits the rate limit of each route class ({@link RateLimits#off()}: none)
 * @param maxConcurrentStreams how many replies one user may have running at once; one more is answered 429
 * @param trustedProxies the addresses or CIDR blocks of the reverse proxies whose {@code X-Forwarded-For}
 *     is believed (none: the connection's peer is always the client)
 * @param corsOrigins the exact origins ({@code scheme://host[:port]}) that browsers may call from with
 *     credentials (none: no CORS headers at all)
 * @param secureCookies whether the session cookie is marked {@code Secure}, for a server reached over https
 * @param publicOrigin the origin ({@code scheme://host[:port]}) browsers reach the server at, e.g. behind a
 *     reverse proxy; given a URL, only its origin is kept. Cookie-authenticated state changes must come from
 *     it (or a CORS origin). Empty: from the origin the request's {@code Host} header names
 * @param allowedHosts the {@code Host}s answered (empty: any); see {@link #withAllowedHosts}
 * @param maxUploadBytes the largest file an upload route accepts; give the core the same limit. An upload
 *     route's body may be this much plus {@link dev.parley.http.support.Uploads#FORM_OVERHEAD}, while
 *     {@code maxRequestBodyBytes} holds for every other route
 * @param citizensModel the model seed 000's conversations start on (its Qwen model on Hugging Face when that
 *     provider is configured; give its catalog entry the 150-token, 0.7 defaults), or empty for the default model
 */
public record HttpSettings(Duration heartbeat, long maxRequestBodyBytes, Duration shutdownGrace,
        Duration credentialRecheck, RateLimits rateLimits, int maxConcurrentStreams, List<String> trustedProxies,
        List<String> corsOrigins, boolean secureCookies, Optional<String> publicOrigin, List<String> allowedHosts,
        long maxUploadBytes, Optional<String> citizensModel) {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    public static final Duration DEFAULT_CREDENTIAL_RECHECK = Duration.ofSeconds(2);
    public static final int DEFAULT_MAX_CONCURRENT_STREAMS = 4;
    /** Seed 002's documented upload limit, 10 MB, which is also the core's default. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    /**
     * @throws IllegalArgumentException for a duration or limit out of range, a trusted proxy that is not an IP
     *     address or CIDR block, a CORS origin that is not exact ({@code *}, {@code null}, a path), or a
     *     public origin that is no http(s) URL
     */
    public HttpSettings {
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(credentialRecheck, "credentialRecheck");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(corsOrigins, "corsOrigins");
        Objects.requireNonNull(publicOrigin, "publicOrigin");
        Objects.requireNonNull(citizensModel, "citizensModel");
        allowedHosts = List.copyOf(allowedHosts);
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be positive: " + heartbeat);
        }
        if (maxRequestBodyBytes < 1) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be positive: " + maxRequestBodyBytes);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
        }
        if (credentialRecheck.isNegative() || credentialRecheck.isZero()) {
            throw new IllegalArgumentException("credentialRecheck must be positive: " + credentialRecheck);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive: " + maxUploadBytes);
        }
        if (maxConcurrentStreams < 1) {
            throw new IllegalArgumentException("maxConcurrentStreams must be positive: " + maxConcurrentStreams);
        }
        trustedProxies = List.copyOf(trustedProxies);
        // Read once here only to check them, so that a bad entry fails where the settings are made.
        trustedProxies.forEach(AddressRange::parse);
        corsOrigins = corsOrigins.stream().map(CorsPolicy::origin).toList();
        publicOrigin = publicOrigin.map(url -> CsrfCheck.originOf(url).orElseThrow(
                () -> new IllegalArgumentException("publicOrigin must be an http(s) URL: " + url)));
    }

    /** These limits with the defaults of the abuse limits, as {@link #defaults()} has them. */
    public HttpSettings(Duration heartbeat, long maxRequestBodyBytes, Duration shutdownGrace,
            Duration credentialRecheck) {
        this(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, RateLimits.defaults(),
                DEFAULT_MAX_CONCURRENT_STREAMS, List.of(), List.of(), false, Optional.empty(), List.of(),
                DEFAULT_MAX_UPLOAD_BYTES, Optional.empty());
    }

    /** These limits with the default credential re-check of 2 s, and the defaults of the abuse limits. */
    public HttpSettings(Duration heartbeat, long maxRequestBodyBytes, Duration shutdownGrace) {
        this(heartbeat, maxRequestBodyBytes, shutdownGrace, DEFAULT_CREDENTIAL_RECHECK);
    }

    /** These limits with the default shutdown grace, credential re-check and abuse limits. */
    public HttpSettings(Duration heartbeat, long maxRequestBodyBytes) {
        this(heartbeat, maxRequestBodyBytes, DEFAULT_SHUTDOWN_GRACE, DEFAULT_CREDENTIAL_RECHECK);
    }

    /**
     * A 15 s heartbeat, a 1 MiB body limit, a 10 s shutdown grace, a 2 s credential re-check, seed 003's
     * rate limits ({@link RateLimits#defaults()}), 4 concurrent streams per user, no trusted proxy, no CORS,
     * cookies not marked Secure, no public origin, any host, uploads of at most 10 MB.
     */
    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_HEARTBEAT, DEFAULT_MAX_REQUEST_BODY_BYTES, DEFAULT_SHUTDOWN_GRACE,
                DEFAULT_CREDENTIAL_RECHECK);
    }

    public HttpSettings withRateLimits(RateLimits limits) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, limits,
                maxConcurrentStreams, trustedProxies, corsOrigins, secureCookies, publicOrigin,
                allowedHosts, maxUploadBytes, citizensModel);
    }

    public HttpSettings withMaxConcurrentStreams(int streams) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, rateLimits,
                streams, trustedProxies, corsOrigins, secureCookies, publicOrigin, allowedHosts, maxUploadBytes, citizensModel);
    }

    public HttpSettings withTrustedProxies(List<String> proxies) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, rateLimits,
                maxConcurrentStreams, proxies, corsOrigins, secureCookies, publicOrigin,
                allowedHosts, maxUploadBytes, citizensModel);
    }

    public HttpSettings withCorsOrigins(List<String> origins) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, rateLimits,
                maxConcurrentStreams, trustedProxies, origins, secureCookies, publicOrigin,
                allowedHosts, maxUploadBytes, citizensModel);
    }

    public HttpSettings withSecureCookies(boolean secure) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, rateLimits,
                maxConcurrentStreams, trustedProxies, corsOrigins, secure, publicOrigin,
                allowedHosts, maxUploadBytes, citizensModel);
    }

    /** These settings with {@code url}'s origin as the public origin (e.g. PARLEY_PUBLIC_URL's); empty: none. */
    public HttpSettings withPublicOrigin(Optional<String> url) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, rateLimits,
                maxConcurrentStreams, trustedProxies, corsOrigins, secureCookies, url, allowedHosts, maxUploadBytes, citizensModel);
    }

    /**
     * These settings answering only requests whose {@code Host} is one of {@code hosts} (names or IP
     * literals, ports ignored); empty: any host. A defence against DNS rebinding.
     */
    public HttpSettings withAllowedHosts(List<String> hosts) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, rateLimits,
                maxConcurrentStreams, trustedProxies, corsOrigins, secureCookies, publicOrigin,
                hosts, maxUploadBytes, citizensModel);
    }

    /** These settings accepting uploads of at most {@code bytes}: give the core the same limit. */
    public HttpSettings withMaxUploadBytes(long bytes) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, rateLimits,
                maxConcurrentStreams, trustedProxies, corsOrigins, secureCookies, publicOrigin, allowedHosts, bytes, citizensModel);
    }

    /** These settings starting seed 000's conversations on {@code model}. */
    public HttpSettings withCitizensModel(String model) {
        return new HttpSettings(heartbeat, maxRequestBodyBytes, shutdownGrace, credentialRecheck, rateLimits,
                maxConcurrentStreams, trustedProxies, corsOrigins, secureCookies, publicOrigin, allowedHosts,
                maxUploadBytes, Optional.of(model));
    }
}
