package dev.parley.core.port.out;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.PageText;
import java.net.URI;

/**
 * Outgoing port: reads the text of a public web page or document (HTML, plain text, PDF) that a user or a
 * web search named. Blocks until read; thread-safe.
 *
 * <p>Failures: a URL that is not public http(s) (a private or loopback address included), a page over the
 * size limit, or one with no readable text is an {@link InvalidInputException} on {@code "url"}; a site
 * that cannot be reached, is too slow or answers an error is a {@link ProviderException}; a cancelled
 * signal ends the read promptly with {@link CancelledException}.
 */
public interface WebPages {

    /** No way to read pages: {@link #available()} is false. */
    WebPages NONE = new WebPages() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public PageText read(URI url, CancellationSignal cancellation) {
            throw new IllegalStateException("reading web pages is not configured");
        }
    };

    /** Whether pages can be read at all. */
    default boolean available() {
        return true;
    }

    PageText read(URI url, CancellationSignal cancellation);
}
