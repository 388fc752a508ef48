package dev.parley.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;

/**
 * How instants meet {@code TIMESTAMP(6) WITH TIME ZONE} columns: as UTC offset date-times, which both
 * drivers bind and read without consulting the JVM's time zone, at the columns' microsecond precision.
 */
final class TimestampColumns {

    private TimestampColumns() {
    }

    /** The instant as the column will hold it. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The smallest storable instant not before {@code instant}: an inclusive lower bound. */
    static Instant storedAtOrAfter(Instant instant) {
        Instant down = stored(instant);
        return down.equals(instant) ? down : down.plus(1, ChronoUnit.MICROS);
    }

    static Argument argument(Instant instant) {
        OffsetDateTime value = OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, value);
    }

    /** Like {@link #argument(Instant)}, but binds SQL NULL for a null instant. */
    static Argument nullableArgument(Instant instant) {
        if (instant == null) {
            // Typed, so PostgreSQL need not guess the parameter's type from a bare NULL.
            return (position, statement, context) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        return argument(instant);
    }

    static Instant read(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Like {@link #read(ResultSet, String)}, but null for SQL NULL. */
    static Instant readNullable(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
