package dev.parley.llm.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.search.WebSource;
import dev.parley.llm.search.SearxngWire.Answer;
import dev.parley.llm.search.SearxngWire.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Picks the sources a prompt may cite from SearxNG's results, in SearxNG's order: results without an
 * http(s) address (a {@code magnet:} link, a {@code javascript:} trick, none at all) are skipped, an
 * address seen before (its fragment aside) is skipped, a missing title becomes the address's host.
 */
final class SearxngResults {

    static final int MAX_TITLE = 200;
    static final int MAX_SNIPPET = 500;

    private SearxngResults() {
    }

    static List<WebSource> sources(Answer answer, int limit) {
        List<WebSource> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : answer.results() == null ? List.<JsonNode>of() : answer.results()) {
            if (sources.size() == limit) {
                break;
            }
            if (!node.isObject()) {
                continue;
            }
            Result result = Result.of(node);
            HttpUrl url = result.url() == null ? null : HttpUrl.parse(result.url().strip());
            if (url == null) {
                continue;
            }
            if (!seen.add(url.newBuilder().fragment(null).build().toString())) {
                continue;
            }
            String title = SnippetText.clean(result.title(), MAX_TITLE);
            sources.add(new WebSource(title.isEmpty() ? url.host() : title, url.toString(),
                    SnippetText.clean(result.content(), MAX_SNIPPET)));
        }
        return List.copyOf(sources);
    }
}
