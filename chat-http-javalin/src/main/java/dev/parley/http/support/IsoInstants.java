package dev.parley.http.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** HTTP support: reads the ISO-8601 forms clients send for a point in time, treating everything as UTC unless told otherwise. */
public final class IsoInstants {

    // "+02:00" arrives as " 02:00" when a client leaves the plus sign unencoded in a query string.
    private static final Pattern DECODED_PLUS_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}(?::?\\d{2})?)$");

    private IsoInstants() {
    }

    /**
     * Parses {@code 2024-01-01}, {@code 2024-01-01T10:00:00Z}, {@code 2024-01-01T10:00:00+02:00} or a
     * naive {@code 2024-01-01T10:00:00} (taken as UTC); a space may stand for the {@code T}. A bare date
     * is its first instant, or with {@code endOfDay} its last.
     *
     * @throws DateTimeParseException for anything else
     */
    public static Instant parse(String text, boolean endOfDay) {
        String value = text.strip();
        if (value.length() > 10 && value.charAt(10) == ' ') {
            value = value.substring(0, 10) + 'T' + value.substring(11);
        }
        value = DECODED_PLUS_OFFSET.matcher(value).replaceFirst("$1+$2");
        if (!value.contains("T")) {
            LocalDate date = LocalDate.parse(value);
            return endOfDay
                    ? date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
                    : date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        }
    }
}
