package dev.parley.core.testing;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.WebSource;
import dev.parley.core.port.out.WebSearch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fake {@link WebSearch}: answers every query with the results a test set, or throws the failure
 * a test set, and remembers the queries it was asked.
 */
public final class ScriptedWebSearch implements WebSearch {

    private final List<String> queries = Collections.synchronizedList(new ArrayList<>());
    private volatile List<WebSource> results = List.of();
    private volatile RuntimeException failure;

    public ScriptedWebSearch answering(List<WebSource> sources) {
        this.results = List.copyOf(sources);
        this.failure = null;
        return this;
    }

    public ScriptedWebSearch failingWith(RuntimeException error) {
        this.failure = error;
        return this;
    }

    public List<String> queries() {
        return List.copyOf(queries);
    }

    @Override
    public List<WebSource> search(String query, int limit, CancellationSignal cancellation) {
        queries.add(query);
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        if (failure != null) {
            throw failure;
        }
        return results.stream().limit(limit).toList();
    }
}
