package dev.parley.http.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.parley.http.support.StreamFormat;
import java.util.List;
import java.util.Locale;

/**
 * How a streamed reply goes on the wire: 002's server-sent events, or, for a client that sends
 * {@code Accept: application/x-ndjson}, one JSON object per line, which carries every token byte for byte.
 * Each method answers one whole frame; the two framings send the same events in the same order.
 */
sealed interface ReplyFraming permits ServerSentReplyFraming, JsonLinesReplyFraming {

    String JSON_LINES = StreamFormat.JSON_LINES.contentType();

    StreamFormat format();

    /** The frame that opens the stream, or "" when the session travels in the X-Session-Id header only. */
    String opened(long sessionId);

    /** The web search results the model was given. */
    String sources(List<SourceResponse> sources);

    /** The session's files the model was given, or "" when this framing leaves them out. */
    String files(List<FileUseResponse> files);

    String token(String token);

    /** The failure that ended the stream, as {@code {"detail": ...}} would answer it. */
    String error(Object detail);

    /**
     * The last frame; {@code usage} is null when there is none to tell (a failed reply, or a provider
     * that reported none), {@code sources} null when no web search ran.
     */
    String done(UsageResponse usage, List<SourceResponse> sources);

    /**
     * JSON lines when {@code accept} names {@code application/x-ndjson}; otherwise server-sent events, with
     * the files event only when it names {@code text/event-stream}.
     */
    static ReplyFraming forAccept(String accept, ObjectMapper mapper) {
        boolean eventStream = false;
        if (accept != null) {
            for (String range : accept.split(",")) {
                String mediaType = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                if (mediaType.equals(JSON_LINES)) {
                    return new JsonLinesReplyFraming(mapper);
                }
                eventStream |= mediaType.equals(StreamFormat.SERVER_SENT_EVENTS.contentType());
            }
        }
        return new ServerSentReplyFraming(mapper, eventStream);
    }

    /** {@code value} as JSON; the values are this package's own records, so writing them cannot fail. */
    static String json(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response record could not be written as JSON", e);
        }
    }
}
