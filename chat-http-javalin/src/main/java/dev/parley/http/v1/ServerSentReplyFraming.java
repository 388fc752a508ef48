package dev.parley.http.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.parley.http.support.ErrorBody;
import dev.parley.http.support.EventStream;
import dev.parley.http.support.StreamFormat;
import java.util.List;

/**
 * 002's framing: each token a {@code data:} event (a conforming client receives each CR and CRLF in it as
 * LF), an {@code error} event with {@code {"detail": ...}}, a {@code sources} event with the numbered
 * results when web search ran, a {@code files} event with the session's files the model was given, and
 * {@code data: [DONE]} at the end. The session is in the X-Session-Id
 * header, and usage is not sent: 002's clients read every {@code data:} line as reply text, whatever its
 * event. For that reason the files event, which a session's uploads bring unasked, goes only to a client
 * that asked for {@code text/event-stream} ({@code withFiles}), one that reads event types; sources come
 * only to a client that asked for web search.
 */
record ServerSentReplyFraming(ObjectWriter writer, boolean withFiles) implements ReplyFraming {

    private static final String DONE = EventStream.dataFrame("[DONE]");

    ServerSentReplyFraming(ObjectMapper mapper, boolean withFiles) {
        this(mapper.writer(), withFiles);
    }

    @Override
    public StreamFormat format() {
        return StreamFormat.SERVER_SENT_EVENTS;
    }

    @Override
    public String opened(long sessionId) {
        return "";
    }

    @Override
    public String sources(List<SourceResponse> sources) {
        return EventStream.eventFrame("sources", ReplyFraming.json(writer, sources));
    }

    @Override
    public String files(List<FileUseResponse> files) {
        return withFiles ? EventStream.eventFrame("files", ReplyFraming.json(writer, files)) : "";
    }

    @Override
    public String token(String token) {
        return EventStream.dataFrame(token);
    }

    @Override
    public String error(Object detail) {
        return EventStream.eventFrame("error", ReplyFraming.json(writer, new ErrorBody(detail)));
    }

    @Override
    public String done(UsageResponse usage, List<SourceResponse> sources) {
        return DONE;
    }
}
