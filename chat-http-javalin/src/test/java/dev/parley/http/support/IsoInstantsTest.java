package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    @ParameterizedTest(name = "{0} (end of day: {1})")
    @CsvSource({
            "2024-01-01, false, 2024-01-01T00:00:00Z",
            "2024-01-01, true, 2024-01-01T23:59:59.999999999Z",
            "2024-01-01T10:00:00Z, true, 2024-01-01T10:00:00Z",
            "2024-01-01T10:00:00+02:00, false, 2024-01-01T08:00:00Z",
            "2024-01-01T10:00:00 02:00, false, 2024-01-01T08:00:00Z",
            "2024-01-01T10:00:00-05:30, false, 2024-01-01T15:30:00Z",
            "2024-01-01T10:00:00, false, 2024-01-01T10:00:00Z",
            "2024-01-01T10:00:00.123456, false, 2024-01-01T10:00:00.123456Z",
            "2024-01-01 10:00:00, false, 2024-01-01T10:00:00Z",
            "2024-01-01T10:00, false, 2024-01-01T10:00:00Z"
    })
    void iso_dates_and_datetimes_become_utc_instants(String text, boolean endOfDay, String expected) {
        assertThat(IsoInstants.parse(text, endOfDay)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "2024-01-01T25:00:00", "01/02/2024", "1704067200"})
    void anything_else_is_refused(String text) {
        assertThatThrownBy(() -> IsoInstants.parse(text, false)).isInstanceOf(DateTimeParseException.class);
    }
}
