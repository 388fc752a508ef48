package dev.parley.http.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * HTTP support: reads the ISO-8601 forms clients send for a point in time, treating everything as UTC
 * unless told otherwise, within the years 1 to 9999 (as Python's datetime, and every database Parley runs on, can hold).
 */
public final class IsoInstants {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    // "+02:00" arrives as " 02:00" when a client leaves the plus sign unencoded in a query string.
    private static final Pattern DECODED_PLUS_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}(?::?\\d{2})?)$");

    private IsoInstants() {
    }

    /**
     * Parses {@code 2024-01-01}, {@code 2024-01-01T10:00:00Z}, {@code 2024-01-01T10:00:00+02:00} or a
     * naive {@code 2024-01-01T10:00:00} (taken as UTC); a space may stand for the {@code T}. A bare date
     * is its first instant, or with {@code endOfDay} its last.
     *
     * @throws DateTimeParseException for anything else, including a year outside 1..9999 written or reached through an offset
     */
    public static Instant parse(String text, boolean endOfDay) {
        String value = text.strip();
        if (value.length() > 10 && value.charAt(10) == ' ') {
            value = value.substring(0, 10) + 'T' + value.substring(11);
        }
        value = DECODED_PLUS_OFFSET.matcher(value).replaceFirst("$1+$2");
        Instant instant;
        if (value.contains("T")) {
            OffsetDateTime dateTime = dateTime(value);
            inRange(dateTime.toLocalDate(), value);
            instant = dateTime.toInstant();
        } else {
            LocalDate date = inRange(LocalDate.parse(value), value);
            instant = endOfDay
                    ? date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
                    : date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        // An offset can carry a time written in year 1 or 9999 out of range.
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new DateTimeParseException("outside the years 1 to 9999", text, 0);
        }
        return instant;
    }

    private static OffsetDateTime dateTime(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
        }
    }

    /** Checks the year as written, before any arithmetic that could overflow at java.time's own limits. */
    private static LocalDate inRange(LocalDate date, String value) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new DateTimeParseException("outside the years 1 to 9999", value, 0);
        }
        return date;
    }
}
