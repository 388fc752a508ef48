package dev.parley.llm.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

class SseEventReaderTest {

    private static final int LIMIT = 1024;

    @Test
    void linesMayEndInLfCrlfOrCrAlike() throws IOException {
        assertThat(events("data: a\n\ndata: b\r\rdata: c\r\n\r\ndata: d\r\n\n")).containsExactly("a", "b", "c", "d");
    }

    @Test
    void crlfArrivingInTwoReadsIsOneLineBreak() throws IOException {
        assertThat(events(trickle("data: a\r\ndata: b\r\n\r\n", true))).containsExactly("a\nb");
    }

    @Test
    void eventEndedByBareCarriageReturnsIsHandedOverWithoutWaitingForMoreBytes() throws IOException {
        SseEventReader reader = new SseEventReader(trickle("data: a\r\r", false), LIMIT, LIMIT);

        assertThat(reader.next()).isEqualTo("a");
    }

    @Test
    void dataLinesOfOneEventAreJoinedWithLineFeeds() throws IOException {
        assertThat(events("data: {\"a\":\ndata: 1}\n\n")).containsExactly("{\"a\":\n1}");
    }

    @Test
    void onlyOneSpaceAfterTheColonIsDroppedAndAFieldWithoutColonIsEmpty() throws IOException {
        assertThat(events("data:x\ndata:  y\ndata\ndata: z\n\n")).containsExactly("x\n y\n\nz");
    }

    @Test
    void commentsOtherFieldsAndEventsWithoutDataAreSkipped() throws IOException {
        assertThat(events(": connected\n\nevent: ping\nid: 7\nretry: 3000\n\ndata:\n\ndatum: no\n\ndata: yes\n\n"))
                .containsExactly("yes");
    }

    @Test
    void eventCutOffByTheEndOfTheStreamIsDropped() throws IOException {
        assertThat(events("data: a\n\ndata: b\n")).containsExactly("a");
        assertThat(events("data: a\n\ndata: b")).containsExactly("a");
    }

    @Test
    void leadingByteOrderMarkIsIgnored() throws IOException {
        assertThat(events("\uFEFFdata: a\n\n")).containsExactly("a");
    }

    @Test
    void multiByteCharactersSurviveArrivingOneByteAtATime() throws IOException {
        assertThat(events(trickle("data: héllo 🌹\n\n", true))).containsExactly("héllo 🌹");
    }

    @Test
    void lineLongerThanTheLimitFails() {
        String line = "data: " + "x".repeat(LIMIT) + "\n\n";

        assertThatThrownBy(() -> events(line)).isInstanceOf(SseEventReader.TooLarge.class)
                .hasMessage("a line longer than 1024 bytes");
    }

    @Test
    void lineThatNeverEndsFailsAfterReadingLittleMoreThanTheLimit() {
        EndlessLine endless = new EndlessLine();
        SseEventReader reader = new SseEventReader(Okio.buffer(endless), LIMIT, LIMIT);

        assertThatThrownBy(reader::next).isInstanceOf(SseEventReader.TooLarge.class);
        assertThat(endless.sent).isLessThanOrEqualTo(LIMIT + 8192);
    }

    @Test
    void eventLongerThanTheLimitFailsEvenWhenEachLineIsShort() {
        String line = "data: " + "y".repeat(LIMIT / 3) + "\n";

        assertThatThrownBy(() -> events(line.repeat(4) + "\n")).isInstanceOf(SseEventReader.TooLarge.class)
                .hasMessage("an event longer than 1024 characters");
    }

    private static List<String> events(String stream) throws IOException {
        return events(new Buffer().writeUtf8(stream));
    }

    private static List<String> events(okio.BufferedSource source) throws IOException {
        SseEventReader reader = new SseEventReader(source, LIMIT, LIMIT);
        List<String> events = new ArrayList<>();
        for (String data = reader.next(); data != null; data = reader.next()) {
            events.add(data);
        }
        return events;
    }

    /** Hands over one byte per read; past the end it either ends the stream or fails the test. */
    private static okio.BufferedSource trickle(String text, boolean thenEnd) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Okio.buffer(new Source() {
            private int next;

            @Override
            public long read(Buffer sink, long byteCount) {
                if (next == bytes.length) {
                    if (thenEnd) {
                        return -1;
                    }
                    throw new AssertionError("read past what the server had sent, which would block");
                }
                sink.writeByte(bytes[next++]);
                return 1;
            }

            @Override
            public Timeout timeout() {
                return Timeout.NONE;
            }

            @Override
            public void close() {
            }
        });
    }

    /** "data: xxxxx…" forever, counting what was read. */
    private static final class EndlessLine implements Source {
        long sent;

        @Override
        public long read(Buffer sink, long byteCount) {
            long count = Math.min(byteCount, 4096);
            for (long i = 0; i < count; i++) {
                sink.writeByte(sent + i < 6 ? "data: ".charAt((int) (sent + i)) : 'x');
            }
            sent += count;
            return count;
        }

        @Override
        public Timeout timeout() {
            return Timeout.NONE;
        }

        @Override
        public void close() {
        }
    }
}
