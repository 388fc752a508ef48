package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventStreamTest {

    @Test
    void aSingleLinePayloadIsOneDataLine() {
        assertThat(EventStream.dataLines("token")).isEqualTo("data: token\n");
    }

    @Test
    void everyKindOfLineBreakStartsANewDataLine() {
        assertThat(EventStream.dataLines("a\nb\r\nc\rd")).isEqualTo("data: a\ndata: b\ndata: c\ndata: d\n");
    }

    @Test
    void leadingTrailingAndDoubledBreaksKeepTheirEmptyLines() {
        assertThat(EventStream.dataLines("\nx\n\n")).isEqualTo("data: \ndata: x\ndata: \ndata: \n");
    }

    @Test
    void anEmptyPayloadIsOneEmptyDataLine() {
        assertThat(EventStream.dataLines("")).isEqualTo("data: \n");
    }
}
