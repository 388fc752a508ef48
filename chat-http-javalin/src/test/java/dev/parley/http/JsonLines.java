package dev.parley.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Test reader: splits a JSON lines stream on LF only, as its format defines, and parses each line. */
public final class JsonLines {

    private JsonLines() {
    }

    /** Every line of {@code stream}, each of which must be one JSON object; the stream must end with LF. */
    public static List<JsonNode> parse(String stream) {
        if (!stream.isEmpty() && !stream.endsWith("\n")) {
            throw new IllegalArgumentException("a JSON lines stream ends with LF: " + stream);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stream.split("\n")) {
            JsonNode node = RunningApi.parse(line);
            if (!node.isObject()) {
                throw new IllegalArgumentException("not a JSON object: " + line);
            }
            lines.add(node);
        }
        return lines;
    }

    /** The lines of {@code stream} without the keep-alive pings. */
    public static List<JsonNode> withoutPings(String stream) {
        return parse(stream).stream().filter(line -> !line.path("type").asText().equals("ping")).toList();
    }

    /** The {@code content} of the token lines, joined: the reply a client shows. */
    public static String replyText(List<JsonNode> lines) {
        StringBuilder text = new StringBuilder();
        lines.stream().filter(line -> line.path("type").asText().equals("token"))
                .forEach(line -> text.append(line.path("content").asText()));
        return text.toString();
    }
}
