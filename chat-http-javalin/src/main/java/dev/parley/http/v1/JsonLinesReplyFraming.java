package dev.parley.http.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonpCharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.parley.http.support.StreamFormat;
import java.util.List;

/**
 * The byte-exact framing: one JSON object per line, its {@code type} naming the event: {@code session},
 * {@code sources}, {@code files}, {@code token}, {@code error}, {@code done}, and {@code ping} while the model is silent.
 * JSON escapes every control character, so a token's CR, NUL or {@code "data:"} arrives as sent; U+2028
 * and U+2029 are escaped as well, for readers that split lines on them.
 */
record JsonLinesReplyFraming(ObjectWriter writer) implements ReplyFraming {

    JsonLinesReplyFraming(ObjectMapper mapper) {
        this(mapper.writer().with(JsonpCharacterEscapes.instance()));
    }

    /** Wire record: the line that opens the stream. */
    record SessionLine(String type, long sessionId) {
    }

    /** Wire record: the web search results the model was given. */
    record SourcesLine(String type, List<SourceResponse> sources) {
    }

    /** Wire record: the session's files the model was given. */
    record FilesLine(String type, List<FileUseResponse> files) {
    }

    /** Wire record: one piece of the reply. */
    record TokenLine(String type, String content) {
    }

    /** Wire record: the failure that ended the reply. */
    record ErrorLine(String type, Object detail) {
    }

    /** Wire record: the end; {@code sources} is left out when no web search ran. */
    record DoneLine(String type, UsageResponse usage,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceResponse> sources) {
    }

    @Override
    public StreamFormat format() {
        return StreamFormat.JSON_LINES;
    }

    @Override
    public String opened(long sessionId) {
        return line(new SessionLine("session", sessionId));
    }

    @Override
    public String sources(List<SourceResponse> sources) {
        return line(new SourcesLine("sources", sources));
    }

    @Override
    public String files(List<FileUseResponse> files) {
        return line(new FilesLine("files", files));
    }

    @Override
    public String token(String token) {
        return line(new TokenLine("token", token));
    }

    @Override
    public String error(Object detail) {
        return line(new ErrorLine("error", detail));
    }

    @Override
    public String done(UsageResponse usage, List<SourceResponse> sources) {
        return line(new DoneLine("done", usage, sources));
    }

    private String line(Object value) {
        return ReplyFraming.json(writer, value) + "\n";
    }
}
