package dev.parley.core.port.out;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.WebSource;
import java.util.List;

/**
 * Outgoing port: a web search engine. Blocks until the results are in; thread-safe.
 *
 * <p>Failures: an engine that cannot be reached or answers an error is a {@link ProviderException};
 * a cancelled signal ends the search promptly with {@link CancelledException}.
 */
public interface WebSearch {

    /** A search engine that is not configured: {@link #available()} is false. */
    WebSearch NONE = new WebSearch() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public List<WebSource> search(String query, int limit, CancellationSignal cancellation) {
            throw new IllegalStateException("no web search engine is configured");
        }
    };

    /** Whether searches can be made at all; false when no engine is configured. */
    default boolean available() {
        return true;
    }

    /** At most {@code limit} results for {@code query}, best first. */
    List<WebSource> search(String query, int limit, CancellationSignal cancellation);
}
