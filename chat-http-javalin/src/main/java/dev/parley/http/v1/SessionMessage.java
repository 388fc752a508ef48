package dev.parley.http.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.core.domain.message.Message;
import dev.parley.core.domain.message.RequestMetadata;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.ImageInput;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Response element: a stored message, 002's {@code {role, content}} plus what Parley knows about it: a
 * user's message lists its {@code images} (URLs, possibly none); a reply given web search results lists
 * them as numbered {@code sources}; a model's reply carries its {@code request}: provider, options sent,
 * context window, trimmed turns, whether its usage was estimated, the error it ended with. Each is left
 * out where it does not apply.
 */
record SessionMessage(
        String role,
        String content,
        long id,
        int sequence,
        String model,
        String status,
        UsageResponse usage,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> images,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceResponse> sources,
        @JsonInclude(JsonInclude.Include.NON_NULL) RequestResponse request) {

    static SessionMessage of(Message message) {
        List<String> images = message.role() == Role.USER
                ? message.images().stream().map(ImageInput::url).toList()
                : null;
        RequestMetadata request = message.request();
        List<SourceResponse> sources = request == null || request.sources().isEmpty()
                ? null
                : SourceResponse.numbered(request.sources());
        return new SessionMessage(message.role().wireName(), message.content(), message.id().value(),
                message.sequence(), message.model(), message.status().name().toLowerCase(Locale.ROOT),
                UsageResponse.ofNullable(message.usage()), message.createdAt(), images, sources,
                RequestResponse.ofNullable(request));
    }
}
