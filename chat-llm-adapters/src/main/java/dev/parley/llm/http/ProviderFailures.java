package dev.parley.llm.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * Provider plumbing: the {@link ProviderException}s every provider raises alike, each with a fixed
 * sentence users may see, while the provider's own explanation goes, scrubbed and shortened, to the
 * provider's logger at WARN. Each provider decides the kinds itself. Thread-safe.
 */
public final class ProviderFailures {

    private final ProviderText text;
    private final Duration readTimeout;
    private final Logger log;

    public ProviderFailures(ProviderText text, Duration readTimeout, Logger log) {
        this.text = text;
        this.readTimeout = readTimeout;
        this.log = log;
    }

    public ProviderText text() {
        return text;
    }

    /** The kind an HTTP status means for every provider: 401 and 403, 429, 5xx, other 4xx. */
    public static Kind kindOf(int status) {
        return switch (status) {
            case 401, 403 -> Kind.AUTHENTICATION;
            case 429 -> Kind.RATE_LIMITED;
            default -> status >= 500 ? Kind.UNAVAILABLE : status >= 400 ? Kind.REJECTED : Kind.PROTOCOL;
        };
    }

    /**
     * A non-2xx answer; {@code explanation} is the server's (null when it sent none), {@code extra}
     * Parley's. {@code retryAfter} (null when the server asked for no wait) is kept only for a refusal
     * that may pass ({@code RATE_LIMITED}, {@code UNAVAILABLE}): RFC 9110 gives it meaning for 429 and
     * 503, and a provider's own "overloaded" status, such as Anthropic's 529, is a 503 in all but number.
     */
    public ProviderException answered(int status, Kind kind, String explanation, String extra, Duration retryAfter) {
        log.warn("Provider {} answered HTTP {} ({}): {}", text.providerName(), status, kind,
                explanation == null ? "no JSON explanation" : text.scrub(explanation));
        boolean mayPass = kind == Kind.RATE_LIMITED || kind == Kind.UNAVAILABLE;
        return new ProviderException(kind, text.providerName(), status, mayPass ? retryAfter : null,
                text.sentence(kind, "HTTP " + status + suffix(extra)));
    }

    /** An error inside a 200 answer, such as one in the middle of a stream. */
    public ProviderException reported(Kind kind, String explanation, String extra) {
        log.warn("Provider {} reported an error while answering ({}): {}", text.providerName(), kind,
                explanation == null ? "no explanation given" : text.scrub(explanation));
        return new ProviderException(kind, text.providerName(), 200,
                text.sentence(kind, "while answering" + suffix(extra)));
    }

    public ProviderException fromIo(IOException failure) {
        String provider = text.providerName();
        log.warn("Provider {} failed on the network: {}", provider,
                text.scrub(failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        if (failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException
                && "timeout".equals(failure.getMessage())) {
            return new ProviderException(Kind.TIMEOUT, provider, "The model provider " + provider
                    + " sent nothing for " + readTimeout.toMillis() + " ms.", failure);
        }
        return new ProviderException(Kind.UNAVAILABLE, provider, "The model provider " + provider
                + " could not be reached or dropped the connection; try again later.", failure);
    }

    /**
     * {@code problem} is Parley's own words and reaches users. The cause's text (a JSON parser quotes
     * what it choked on) is only logged, scrubbed, and not attached, so no later log prints it raw.
     */
    public ProviderException protocol(String problem, Throwable cause) {
        log.warn("Provider {} sent a reply Parley cannot read: {}{}", text.providerName(), problem,
                cause == null ? "" : " (" + text.scrub(ProviderText.detailOf(cause)) + ")");
        return new ProviderException(Kind.PROTOCOL, text.providerName(),
                "The model provider " + text.providerName() + " sent a reply Parley cannot read: " + problem + ".",
                null);
    }

    /** One JSON document of the given type; malformed or empty JSON fails as {@code PROTOCOL}. */
    public <T> T read(ObjectMapper json, String document, Class<T> type) {
        try {
            T value = json.readValue(document, type);
            if (value == null) {
                throw protocol("an empty JSON document", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw protocol("malformed JSON", e);
        }
    }

    private static String suffix(String extra) {
        return extra == null ? "" : ", " + extra;
    }
}
