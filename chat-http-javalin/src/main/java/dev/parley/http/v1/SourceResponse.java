package dev.parley.http.v1;

import dev.parley.core.domain.search.WebSource;
import java.util.List;
import java.util.stream.IntStream;

/** Response element: one web search result a reply was given, numbered from 1 as the model saw it. */
record SourceResponse(int index, String title, String url, String snippet) {

    static List<SourceResponse> numbered(List<WebSource> sources) {
        return IntStream.range(0, sources.size())
                .mapToObj(i -> new SourceResponse(i + 1, sources.get(i).title(), sources.get(i).url(),
                        sources.get(i).snippet()))
                .toList();
    }
}
