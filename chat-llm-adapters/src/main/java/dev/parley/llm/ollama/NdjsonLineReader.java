package dev.parley.llm.ollama;

import dev.parley.llm.http.StreamTooLarge;
import java.io.IOException;
import okio.BufferedSource;

/**
 * Stream framing: reads newline-delimited JSON one line at a time, as each line arrives. A line
 * ends in LF, or CRLF; the last line may lack its line break. A line longer than the limit fails
 * with {@link StreamTooLarge} once that many bytes have arrived, instead of growing without bound. Not
 * thread-safe.
 */
final class NdjsonLineReader {

    private final BufferedSource source;
    private final long maxLineBytes;

    NdjsonLineReader(BufferedSource source, long maxLineBytes) {
        this.source = source;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its line break, or null at the end of the stream. */
    String next() throws IOException {
        // Reads only as far as the limit: a line with no end in sight fails there.
        long end = source.indexOf((byte) '\n', 0, maxLineBytes + 1);
        if (end >= 0) {
            String line = source.readUtf8(end);
            source.skip(1);
            return withoutCarriageReturn(line);
        }
        long buffered = source.getBuffer().size();
        if (buffered > maxLineBytes) {
            throw new StreamTooLarge("a line longer than " + (maxLineBytes % (1024 * 1024) == 0
                    ? maxLineBytes / (1024 * 1024) + " MiB" : maxLineBytes + " bytes"));
        }
        // Short of the limit without a line break means the stream has ended.
        return buffered == 0 ? null : withoutCarriageReturn(source.readUtf8());
    }

    private static String withoutCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
