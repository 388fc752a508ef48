package dev.parley.core.testing;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.PageText;
import dev.parley.core.port.out.WebPages;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fake {@link WebPages}: answers the pages a test set, by URL; any other URL is refused as a real reader
 * refuses a page it may not fetch. Remembers the URLs it was asked for.
 */
public final class ScriptedWebPages implements WebPages {

    private final Map<String, PageText> pages = new ConcurrentHashMap<>();
    private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    public ScriptedWebPages page(String url, String title, String text) {
        pages.put(url, new PageText(url, title, text));
        return this;
    }

    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public PageText read(URI url, CancellationSignal cancellation) {
        asked.add(url.toString());
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        PageText page = pages.get(url.toString());
        if (page == null) {
            throw new InvalidInputException("url", "the page at " + url + " cannot be fetched");
        }
        return page;
    }
}
