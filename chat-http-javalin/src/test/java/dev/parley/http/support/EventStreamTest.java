package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventStreamTest {

    @Test
    void a_single_line_payload_is_one_data_line() {
        assertThat(EventStream.dataLines("token")).isEqualTo("data: token\n");
    }

    @Test
    void every_kind_of_line_break_starts_a_new_data_line() {
        assertThat(EventStream.dataLines("a\nb\r\nc\rd")).isEqualTo("data: a\ndata: b\ndata: c\ndata: d\n");
    }

    @Test
    void leading_trailing_and_doubled_breaks_keep_their_empty_lines() {
        assertThat(EventStream.dataLines("\nx\n\n")).isEqualTo("data: \ndata: x\ndata: \ndata: \n");
    }

    @Test
    void an_empty_payload_is_one_empty_data_line() {
        assertThat(EventStream.dataLines("")).isEqualTo("data: \n");
    }
}
