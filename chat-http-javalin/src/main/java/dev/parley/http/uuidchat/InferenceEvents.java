package dev.parley.http.uuidchat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.domain.search.WebSource;
import dev.parley.http.support.EventStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Seed 004's inference stream on the wire, as server-sent events. Each token is a plain {@code data:} event,
 * as the original sent it (a token holding line breaks spans several {@code data:} lines, which a client
 * joins with LF). The original ended with nothing a client could tell from a token; Parley ends a finished
 * reply with {@code event: done} and a failed one with {@code event: error}, and sends the web search's
 * results first as {@code event: sources}. Each method answers one whole frame.
 */
final class InferenceEvents {

    /** One search result as the client sees it: the page the model was told about. */
    record Source(String title, String url) {
    }

    /** The end of a finished reply: the UUID of the message it is stored as, and its status ("complete"). */
    record Done(UUID id, String status) {
    }

    record Failure(String error) {
    }

    private final ObjectMapper mapper;

    InferenceEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String token(String token) {
        return EventStream.dataFrame(token);
    }

    /** The results the model was given, best first; the texts themselves stay with the model. */
    String sources(List<WebSource> sources) {
        return EventStream.eventFrame("sources", json(sources.stream().map(s -> new Source(s.title(), s.url())).toList()));
    }

    /** The end of a reply that was stored whole, with the UUID it is stored under. */
    String done(UUID message, String status) {
        return EventStream.eventFrame("done", json(new Done(message, status.toLowerCase(Locale.ROOT))));
    }

    String error(String message) {
        return EventStream.eventFrame("error", json(new Failure(message)));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event record could not be written as JSON", e);
        }
    }
}
