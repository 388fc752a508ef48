package dev.parley.llm.http;

import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Driven-adapter plumbing: reads server-sent events as the HTML standard frames them and yields the
 * data of each. Lines end in CRLF, LF or CR; the {@code data} lines of one event are joined with
 * {@code "\n"}; a blank line dispatches the event; comments and other fields ({@code event},
 * {@code id}, {@code retry}) are ignored; an event the stream ends in the middle of is dropped. A
 * line or an event longer than its limit fails with {@link TooLarge} instead of growing without
 * bound. Shared by every provider that streams server-sent events; each decodes the data itself.
 * Not thread-safe.
 */
public final class SseEventReader {

    private static final ByteString LINE_BREAKS = ByteString.encodeUtf8("\r\n");
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final BufferedSource source;
    private final long maxLineBytes;
    private final int maxEventChars;
    private boolean afterCarriageReturn;
    private boolean firstLine = true;

    public SseEventReader(BufferedSource source, long maxLineBytes, int maxEventChars) {
        this.source = source;
        this.maxLineBytes = maxLineBytes;
        this.maxEventChars = maxEventChars;
    }

    /** The data of the next event that carries some, or null once the stream has ended. */
    public String next() throws IOException {
        StringBuilder data = null;
        String line;
        while ((line = readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null && !data.isEmpty()) {
                    return data.toString();
                }
                data = null;
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            if (!field.equals("data")) {
                continue;
            }
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            if (data == null) {
                data = new StringBuilder();
            } else {
                data.append('\n');
            }
            if (data.length() + value.length() > maxEventChars) {
                throw new TooLarge("an event longer than "
                        + StreamTooLarge.limit(maxEventChars, "M characters", " characters"));
            }
            data.append(value);
        }
        return null;
    }

    /** The next line without its line break, or null at the end of the stream. */
    private String readLine() throws IOException {
        Buffer buffer = source.getBuffer();
        if (afterCarriageReturn) {
            // The LF of a CRLF may arrive later than its CR; waiting for it earlier would delay the event.
            afterCarriageReturn = false;
            if (source.request(1) && buffer.getByte(0) == '\n') {
                buffer.skip(1);
            }
        }
        long scanned = 0;
        long end;
        while ((end = buffer.indexOfElement(LINE_BREAKS, scanned)) < 0) {
            scanned = buffer.size();
            if (scanned > maxLineBytes) {
                throw tooLongLine();
            }
            if (!source.request(scanned + 1)) {
                return scanned == 0 ? null : withoutByteOrderMark(buffer.readUtf8());
            }
        }
        if (end > maxLineBytes) {
            throw tooLongLine();
        }
        String line = buffer.readUtf8(end);
        afterCarriageReturn = buffer.readByte() == '\r';
        return withoutByteOrderMark(line);
    }

    private String withoutByteOrderMark(String line) {
        boolean first = firstLine;
        firstLine = false;
        return first && line.startsWith(BYTE_ORDER_MARK) ? line.substring(1) : line;
    }

    private TooLarge tooLongLine() {
        return new TooLarge("a line longer than " + StreamTooLarge.limit(maxLineBytes, " MiB", " bytes"));
    }

    /** The stream broke a size limit; whatever it sends next is not worth reading. */
    public static final class TooLarge extends StreamTooLarge {

        TooLarge(String problem) {
            super(problem);
        }
    }
}
