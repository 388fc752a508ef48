package dev.parley.http;

import java.util.ArrayList;
import java.util.List;

/** Test reader: parses an event stream by the SSE rules a conforming client follows (WHATWG HTML, 9.2.6). */
public final class ServerSentEvents {

    /** One dispatched event; {@code type} is "message" unless an {@code event:} line named it. */
    public record Event(String type, String data) {
    }

    private ServerSentEvents() {
    }

    public static List<Event> parse(String stream) {
        List<Event> events = new ArrayList<>();
        StringBuilder data = null;
        String type = "message";
        for (String line : stream.split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new Event(type, data.toString()));
                }
                data = null;
                type = "message";
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("data")) {
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            } else if (field.equals("event")) {
                type = value;
            }
        }
        return events;
    }

    /** The data of the plain "message" events before {@code [DONE]}, joined: the reply a client shows. */
    public static String replyText(List<Event> events) {
        StringBuilder text = new StringBuilder();
        for (Event event : events) {
            if (event.type().equals("message")) {
                if (event.data().equals("[DONE]")) {
                    break;
                }
                text.append(event.data());
            }
        }
        return text.toString();
    }
}
