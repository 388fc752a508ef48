package dev.parley.llm.search;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.llm.http.ProviderFailures;
import dev.parley.llm.http.ProviderText;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates what a SearxNG instance (or the network) did wrong into a {@link ProviderException}
 * whose message users may see. The operator's hints (what to change in SearxNG's
 * {@code settings.yml}) go to the log at WARN, with the instance's address but never the query,
 * which is the user's words. SearxNG's error bodies are HTML pages, so nothing of them is quoted.
 */
final class SearxngErrors {

    private static final Logger log = LoggerFactory.getLogger(SearxngErrors.class);
    private static final String ENGINE = "The web search engine " + SearxngSettings.PROVIDER_NAME;

    private final String where;
    private final long timeoutMillis;
    private final ProviderText text = new ProviderText(SearxngSettings.PROVIDER_NAME, null);

    SearxngErrors(SearxngSettings settings) {
        this.where = settings.baseUrl();
        this.timeoutMillis = settings.timeout().toMillis();
    }

    /** A non-2xx answer. */
    ProviderException fromStatus(int status) {
        Kind kind = ProviderFailures.kindOf(status);
        String sentence = switch (status) {
            case 403 -> {
                log.warn("SearxNG at {} answered HTTP 403 to a JSON search: its JSON API is probably switched off."
                        + " Add \"json\" to search.formats in its settings.yml and restart it.", where);
                yield ENGINE + " refused Parley's search (HTTP 403); its operator must enable its JSON format"
                        + " (search.formats in settings.yml).";
            }
            case 429 -> {
                log.warn("SearxNG at {} answered HTTP 429: its limiter (bot detection) probably refuses Parley."
                        + " Turn server.limiter off, or pass Parley's address in its limiter.toml.", where);
                yield ENGINE + " refused Parley's search for its rate limits (HTTP 429); try again later.";
            }
            default -> {
                log.warn("SearxNG at {} answered HTTP {} ({})", where, status, kind);
                yield kind == Kind.UNAVAILABLE
                        ? ENGINE + " is unavailable (HTTP " + status + "); try again later."
                        : ENGINE + " refused the search (HTTP " + status + ").";
            }
        };
        return new ProviderException(kind, SearxngSettings.PROVIDER_NAME, status, sentence);
    }

    ProviderException fromIo(IOException failure) {
        log.warn("SearxNG at {} failed on the network: {}", where,
                text.scrub(failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        if (failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException
                && "timeout".equals(failure.getMessage())) {
            return new ProviderException(Kind.TIMEOUT, SearxngSettings.PROVIDER_NAME,
                    ENGINE + " did not answer within " + timeoutMillis + " ms.", failure);
        }
        return new ProviderException(Kind.UNAVAILABLE, SearxngSettings.PROVIDER_NAME,
                ENGINE + " could not be reached or dropped the connection; try again later.", failure);
    }

    /** {@code problem} is Parley's own words; the cause (a parser quotes what it choked on) is not kept. */
    ProviderException protocol(String problem) {
        log.warn("SearxNG at {} sent an answer Parley cannot read: {}", where, problem);
        return new ProviderException(Kind.PROTOCOL, SearxngSettings.PROVIDER_NAME,
                ENGINE + " sent an answer Parley cannot read: " + problem + ".", null);
    }

    /** Engines that failed inside SearxNG; worth an operator's look when nothing came back at all. */
    void unresponsive(String engines, int results) {
        if (engines.isEmpty()) {
            return;
        }
        if (results == 0) {
            log.warn("SearxNG at {} found nothing; engines that did not answer: {}", where, text.scrub(engines));
        } else {
            log.debug("SearxNG at {}: engines that did not answer: {}", where, text.scrub(engines));
        }
    }
}
