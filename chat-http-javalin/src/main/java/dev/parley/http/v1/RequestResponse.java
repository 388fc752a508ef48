package dev.parley.http.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.core.domain.message.RequestMetadata;
import java.util.List;

/**
 * Response element: what Parley asked the provider for a stored reply, so that a fallback, trimmed
 * history, an estimated usage or the session's files it was given are never silent. Null fields mean
 * "not known" or "not sent".
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record RequestResponse(
        String provider,
        String upstreamModel,
        String requestedModel,
        Double temperature,
        Integer maxTokens,
        Double topP,
        List<String> stop,
        Long seed,
        Integer contextWindow,
        int promptTokens,
        int sentMessages,
        List<Integer> trimmedSequences,
        boolean usageEstimated,
        String error,
        List<FileUseResponse> files) {

    static RequestResponse ofNullable(RequestMetadata request) {
        if (request == null) {
            return null;
        }
        var options = request.options();
        return new RequestResponse(request.provider(), request.upstreamModel(), request.requestedModel(),
                options.temperature(), options.maxTokens(), options.topP(), options.stop(), options.seed(),
                request.contextWindow(), request.promptTokens(), request.sentMessages(), request.trimmedSequences(),
                request.usageEstimated(), request.error(), FileUseResponse.of(request.files()));
    }
}
