package dev.parley.persistence;

import dev.parley.core.domain.file.FileId;
import dev.parley.core.domain.file.FileUse;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.search.WebSource;
import java.util.List;

/**
 * The stored JSON form of a reply's {@link RequestMetadata}. Its own records rather than the core's,
 * so the column's shape changes only when this file does; absent lists read back as empty (rows
 * written before replies used files have no {@code files}).
 */
record RequestMetadataJson(
        String provider,
        String upstreamModel,
        String requestedModel,
        Options options,
        Integer contextWindow,
        int promptTokens,
        int sentMessages,
        List<Integer> trimmedSequences,
        boolean usageEstimated,
        List<Source> sources,
        String error,
        List<File> files) {

    record Options(Double temperature, Integer maxTokens, Double topP, List<String> stop, Long seed) {
    }

    record Source(String title, String url, String snippet) {
    }

    record File(long id, String filename, boolean truncated) {
    }

    static RequestMetadataJson of(RequestMetadata request) {
        GenerationOptions o = request.options();
        return new RequestMetadataJson(request.provider(), request.upstreamModel(), request.requestedModel(),
                new Options(o.temperature(), o.maxTokens(), o.topP(), o.stop(), o.seed()),
                request.contextWindow(), request.promptTokens(), request.sentMessages(), request.trimmedSequences(),
                request.usageEstimated(),
                request.sources().stream().map(s -> new Source(s.title(), s.url(), s.snippet())).toList(),
                request.error(),
                request.files().stream().map(f -> new File(f.id().value(), f.filename(), f.truncated())).toList());
    }

    RequestMetadata toDomain() {
        GenerationOptions generation = options == null ? GenerationOptions.DEFAULTS
                : new GenerationOptions(options.temperature(), options.maxTokens(), options.topP(),
                        orEmpty(options.stop()), options.seed());
        return new RequestMetadata(provider, upstreamModel, requestedModel, generation, contextWindow, promptTokens,
                sentMessages, orEmpty(trimmedSequences), usageEstimated,
                orEmpty(sources).stream().map(s -> new WebSource(s.title(), s.url(), s.snippet())).toList(), error,
                orEmpty(files).stream().map(f -> new FileUse(new FileId(f.id()), f.filename(), f.truncated())).toList());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
