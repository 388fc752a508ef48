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
            "2024-01-01T10:00, false, 2024-01-01T10:00:00Z",
            "0001-01-01, false, 0001-01-01T00:00:00Z",
            "9999-12-31, true, 9999-12-31T23:59:59.999999999Z",
            "9999-12-31T23:59:59.999999999Z, false, 9999-12-31T23:59:59.999999999Z"
    })
    void isoDatesAndDatetimesBecomeUtcInstants(String text, boolean endOfDay, String expected) {
        assertThat(IsoInstants.parse(text, endOfDay)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "2024-01-01T25:00:00", "01/02/2024", "1704067200"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> IsoInstants.parse(text, false)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "+294277-01-01", "+10000-01-01", "0000-12-31",
            "-0001-01-01", "+999999999-12-31T23:59:59", "+10000-01-01T00:00:00Z",
            "9999-12-31T23:00:00-05:00", "0001-01-01T01:00:00+02:00"})
    void aYearOutside1To9999IsRefusedAsAStartOrAnEnd(String text) {
        assertThatThrownBy(() -> IsoInstants.parse(text, false)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse(text, true)).isInstanceOf(DateTimeParseException.class);
    }
}
