package dev.parley.http;

import dev.parley.http.ServerSentEvents.Event;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Test fixture: a streamed reply read line by line as it arrives; closing it hangs up on the server. */
public final class OpenStream implements AutoCloseable {

    private final HttpResponse<InputStream> response;
    private final BufferedReader lines;

    OpenStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    public int status() {
        return response.statusCode();
    }

    public String sessionId() {
        return response.headers().firstValue("X-Session-Id").orElseThrow();
    }

    /** The next line that is not an event's end, such as {@code data: Hello} or {@code : keep-alive}. */
    public String nextLine() {
        String line = readLine();
        while (line != null && line.isEmpty()) {
            line = readLine();
        }
        return line;
    }

    /** The next {@code data:} line, skipping event ends and keep-alive comments. */
    public String nextDataLine() {
        String line = nextLine();
        while (line != null && line.startsWith(":")) {
            line = nextLine();
        }
        return line;
    }

    /** Every event still to come, read until the server ends the stream. */
    public List<Event> remainingEvents() {
        return ServerSentEvents.parse(lines.lines().collect(Collectors.joining("\n", "", "\n")));
    }

    /** Every line still to come, each ended by LF, read until the server ends the stream. */
    public String remainingText() {
        StringBuilder text = new StringBuilder();
        lines.lines().forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readLine() {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
