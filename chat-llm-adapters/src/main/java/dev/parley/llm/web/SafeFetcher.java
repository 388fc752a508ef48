package dev.parley.llm.web;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.llm.http.ProviderHttp;
import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.CookieJar;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Driven adapter: fetches one web page a user named, without letting that user reach what only Parley's
 * server can (the cloud's metadata service, the database, the admin port of a neighbour). Blocks the
 * calling thread; thread-safe.
 *
 * <p>Only http and https URLs without a user name or password are fetched, on any port. Every address a
 * host name resolves to must pass the {@link AddressPolicy} (public addresses only) or the fetch is
 * refused before any connection, and the address each connection actually reached is judged again
 * before a request is sent on it. Redirects are followed here, at most
 * {@link FetchLimits#maxRedirects()}, each one's target checked like the first URL. No proxy, cookie,
 * cache or credential is used. The whole fetch is bounded by {@link FetchLimits#totalTime()}, and the
 * page by {@link FetchLimits#maxBytes()}, counted while reading so a larger page is never held.
 *
 * <p>Failures: a refused URL, host or redirect, or a page over the size limit, is an
 * {@link InvalidInputException} on {@code "url"}; a site that cannot be reached, is too slow or answers a
 * non-2xx status is a {@link ProviderException} of provider {@code "web"}; cancelling the signal closes
 * the connection and ends the fetch with {@link CancelledException}.
 */
public final class SafeFetcher {

    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

    private final OkHttpClient client;
    private final GuardedDns dns;
    private final FetchLimits limits;
    private final FetchFailures failures;

    /** A fetcher of public pages within {@link FetchLimits#DEFAULT}, sharing {@code http}'s connection pool. */
    public SafeFetcher(ProviderHttp http) {
        this(http, FetchLimits.DEFAULT);
    }

    /** A fetcher of public pages within {@code limits}, sharing {@code http}'s connection pool. */
    public SafeFetcher(ProviderHttp http, FetchLimits limits) {
        this(http, limits, AddressPolicy.PUBLIC_ONLY);
    }

    /**
     * For tests only: a fetcher judging addresses by {@code policy}, for instance one that also admits the
     * loopback address a fake server listens on. Never build one from configuration.
     */
    public SafeFetcher(ProviderHttp http, FetchLimits limits, AddressPolicy policy) {
        this(http.client(), limits, policy, Dns.SYSTEM);
    }

    /** For tests: {@code resolver} replaces the system's, to play a DNS server that answers what it likes. */
    SafeFetcher(OkHttpClient base, FetchLimits limits, AddressPolicy policy, Dns resolver) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.dns = new GuardedDns(Objects.requireNonNull(resolver, "resolver"), Objects.requireNonNull(policy, "policy"));
        this.failures = new FetchFailures(limits);
        OkHttpClient.Builder builder = base.newBuilder();
        // Whatever the shared client was given, nothing may rewrite or reroute a fetch.
        builder.interceptors().clear();
        builder.networkInterceptors().clear();
        this.client = builder
                .dns(dns)
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .cookieJar(CookieJar.NO_COOKIES)
                .authenticator(Authenticator.NONE)
                .cache(null)
                .connectTimeout(limits.totalTime())
                .readTimeout(limits.totalTime())
                .writeTimeout(limits.totalTime())
                .addNetworkInterceptor(new ConnectedAddressCheck(dns))
                .build();
    }

    /** The page at {@code url}, after at most {@link FetchLimits#maxRedirects()} redirects. */
    public FetchedPage fetch(URI url, CancellationSignal cancellation) {
        Objects.requireNonNull(cancellation, "cancellation");
        HttpUrl target = FetchTargets.of(url);
        long deadline = System.nanoTime() + limits.totalTime().toNanos();
        for (int redirects = 0; ; redirects++) {
            if (cancellation.isCancelled()) {
                throw new CancelledException();
            }
            Call call = call(target, deadline);
            cancellation.onCancel(call::cancel);
            try {
                dns.checkIfLiteral(target.host());
                try (Response response = call.execute()) {
                    if (!response.isRedirect()) {
                        return page(target, response, cancellation);
                    }
                    if (redirects == limits.maxRedirects()) {
                        throw failures.tooManyRedirects(target, response.code());
                    }
                    target = next(target, response);
                }
            } catch (UnknownHostException e) {
                throw cancellation.isCancelled() ? new CancelledException(e) : failures.notPublic(target, e);
            } catch (IOException e) {
                throw cancellation.isCancelled() ? new CancelledException(e) : ioFailure(target, e);
            } finally {
                // Also spares reading what is left of a body Parley will not use.
                call.cancel();
            }
        }
    }

    private Call call(HttpUrl target, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw failures.timedOut(target, null);
        }
        Call call = client.newCall(new Request.Builder()
                .url(target)
                .header("Accept", ACCEPT)
                .header("User-Agent", "Parley (page fetch)")
                .get()
                .build());
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        return call;
    }

    private HttpUrl next(HttpUrl from, Response response) {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
            throw failures.redirectWithoutLocation(from, response.code());
        }
        HttpUrl next = FetchTargets.redirect(from, location);
        if (next == null) {
            throw failures.redirectedAway(from);
        }
        return next;
    }

    private FetchedPage page(HttpUrl target, Response response, CancellationSignal cancellation) throws IOException {
        if (!response.isSuccessful()) {
            throw failures.answered(target, response.code());
        }
        byte[] body = read(target, response.body());
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        return new FetchedPage(target.uri(), response.header("Content-Type"), body);
    }

    private byte[] read(HttpUrl target, ResponseBody body) throws IOException {
        long max = limits.maxBytes();
        if (body.contentLength() > max) {
            throw failures.tooLarge(target);
        }
        BufferedSource source = body.source();
        Buffer page = new Buffer();
        while (source.read(page, 64 * 1024) != -1) {
            if (page.size() > max) {
                throw failures.tooLarge(target);
            }
        }
        return page.readByteArray();
    }

    /** A refusal may come back wrapped or suppressed, depending on where in OkHttp it was thrown. */
    private RuntimeException ioFailure(HttpUrl target, IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedAddress refused) {
                return failures.notPublic(target, refused);
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed instanceof RefusedAddress refused) {
                    return failures.notPublic(target, refused);
                }
            }
        }
        return failures.fromIo(target, failure);
    }
}
