package dev.parley.llm.web;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetcher's failures, in words users may see. What the user asked for and Parley will not do is an
 * {@link InvalidInputException} on {@code "url"} (a client error): a host without a public address, a
 * redirect to one or to a scheme other than http(s), a page over the size limit. What went wrong at the
 * site is a {@link ProviderException} of provider {@value #PROVIDER} (a gateway error).
 *
 * <p>Messages name the host the user or the site gave, never the address a name resolved to, and say
 * the same for a name that does not resolve and one that resolves to a private address, so the fetcher
 * cannot be used to map a private network's names. The refusal's reason goes to the log at INFO, the
 * host and the address at DEBUG: URLs are the user's words.
 */
final class FetchFailures {

    static final String PROVIDER = "web";
    private static final Logger log = LoggerFactory.getLogger(SafeFetcher.class);

    private final FetchLimits limits;

    FetchFailures(FetchLimits limits) {
        this.limits = limits;
    }

    InvalidInputException notPublic(HttpUrl url, UnknownHostException cause) {
        if (cause instanceof RefusedAddress refused) {
            log.info("Refused to fetch a page: its host has {}", refused.reason());
            log.debug("Refused to fetch from {} ({}): {}", url.host(), refused.address(), refused.reason());
        } else {
            log.debug("Could not resolve {}: {}", url.host(), cause.getMessage());
        }
        return new InvalidInputException(FetchTargets.FIELD,
                "Parley fetches pages from public internet addresses only, and " + url.host() + " has none.");
    }

    InvalidInputException redirectedAway(HttpUrl from) {
        log.info("Refused to follow a redirect to a URL that is not http(s)");
        return new InvalidInputException(FetchTargets.FIELD,
                "The page at " + from.host() + " redirected to a URL Parley does not fetch (only http and https).");
    }

    InvalidInputException tooLarge(HttpUrl url) {
        return new InvalidInputException(FetchTargets.FIELD,
                "The page at " + url.host() + " is larger than " + size(limits.maxBytes()) + ", the most Parley fetches.");
    }

    ProviderException answered(HttpUrl url, int status) {
        Kind kind = status == 429 ? Kind.RATE_LIMITED : status >= 500 ? Kind.UNAVAILABLE
                : status >= 400 ? Kind.REJECTED : Kind.PROTOCOL;
        return new ProviderException(kind, PROVIDER, status, "The page at " + url.host() + " answered HTTP " + status + ".");
    }

    ProviderException tooManyRedirects(HttpUrl url, int status) {
        return new ProviderException(Kind.PROTOCOL, PROVIDER, status, "The page at " + url.host()
                + " redirected more than " + limits.maxRedirects() + " times.");
    }

    ProviderException redirectWithoutLocation(HttpUrl url, int status) {
        return new ProviderException(Kind.PROTOCOL, PROVIDER, status, "The page at " + url.host()
                + " answered HTTP " + status + " without saying where to go.");
    }

    ProviderException timedOut(HttpUrl url, IOException cause) {
        return new ProviderException(Kind.TIMEOUT, PROVIDER, "The page at " + url.host() + " did not load within "
                + seconds(limits.totalTime()) + ".", cause);
    }

    ProviderException fromIo(HttpUrl url, IOException failure) {
        if (failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException
                && "timeout".equals(failure.getMessage())) {
            return timedOut(url, failure);
        }
        log.debug("Fetching from {} failed: {}", url.host(), failure.toString());
        return new ProviderException(Kind.UNAVAILABLE, PROVIDER, "The page at " + url.host()
                + " could not be reached or the connection broke; try again later.", failure);
    }

    private static String size(long bytes) {
        long mebi = 1024 * 1024;
        return bytes % mebi == 0 ? bytes / mebi + " MiB" : bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    private static String seconds(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }
}
