package dev.parley.core.domain.search;

import java.util.Objects;

/** Value: one web search result a reply may cite: its title, address and the search engine's snippet. */
public record WebSource(String title, String url, String snippet) {

    public WebSource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(snippet, "snippet");
    }
}
