package dev.parley.http.support;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTTP support: reads path and query parameters as FastAPI validates them; query getters record
 * problems into a caller's list so one 422 can report them all.
 */
public final class RequestParams {

    // Four-digit years only: LocalDate.parse also takes signed years of five digits and more.
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "t", "y");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "f", "n");

    private RequestParams() {
    }

    /**
     * A path parameter that must be a positive whole number.
     *
     * @throws HttpProblem 422 located at {@code ["path", name]} otherwise
     */
    public static long positiveId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        long id;
        try {
            id = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw HttpProblem.invalid(new FieldError(List.of("path", name),
                    "Input should be a valid integer, unable to parse string as an integer", "int_parsing"));
        }
        if (id < 1) {
            throw HttpProblem.invalid(new FieldError(List.of("path", name), "Input should be greater than 0", "greater_than"));
        }
        return id;
    }

    /** A whole-number query parameter between {@code min} and {@code max}, or {@code fallback} when absent. */
    public static int queryInt(Context ctx, String name, int fallback, int min, int max, List<FieldError> errors) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        List<Object> loc = List.of("query", name);
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(loc, "Input should be a valid integer, unable to parse string as an integer",
                    "int_parsing"));
            return fallback;
        }
        if (value < min) {
            errors.add(new FieldError(loc, "Input should be greater than or equal to " + min, "greater_than_equal"));
        } else if (value > max) {
            errors.add(new FieldError(loc, "Input should be less than or equal to " + max, "less_than_equal"));
        }
        return value;
    }

    /**
     * A boolean query parameter as pydantic reads one ({@code true/false}, {@code 1/0}, {@code yes/no},
     * {@code on/off}, {@code t/f}, {@code y/n}, in any case), or {@code fallback} when absent.
     */
    public static boolean queryBoolean(Context ctx, String name, boolean fallback, List<FieldError> errors) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return true;
        }
        if (FALSE.contains(value)) {
            return false;
        }
        errors.add(new FieldError(List.of("query", name), "Input should be a valid boolean, unable to interpret input",
                "bool_parsing"));
        return fallback;
    }

    /** A whole-number query parameter, empty when absent or blank. */
    public static Optional<Long> queryLong(Context ctx, String name, List<FieldError> errors) {
        Optional<String> raw = queryText(ctx, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(raw.get()));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(List.of("query", name),
                    "Input should be a valid integer, unable to parse string as an integer", "int_parsing"));
            return Optional.empty();
        }
    }

    /**
     * An ISO-8601 date or date-time query parameter (see {@link IsoInstants#parse}); a bare date stands
     * for its first instant, or with {@code endOfDay} for its last. Anything unreadable, or outside the years
     * 1 to 9999, is recorded as a {@code datetime_parsing} error at {@code ["query", name]}.
     */
    public static Optional<Instant> queryInstant(Context ctx, String name, boolean endOfDay, List<FieldError> errors) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(IsoInstants.parse(raw, endOfDay));
        } catch (DateTimeException unreadableOrOutOfRange) {
            errors.add(new FieldError(List.of("query", name), "Input should be a valid datetime or date", "datetime_parsing"));
            return Optional.empty();
        }
    }

    /**
     * A calendar-date query parameter, {@code YYYY-MM-DD}; anything else is recorded as a {@code date_parsing}
     * error at {@code ["query", name]}. Blank counts as absent.
     */
    public static Optional<LocalDate> queryDate(Context ctx, String name, List<FieldError> errors) {
        Optional<String> raw = queryText(ctx, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (DATE.matcher(raw.get()).matches()) {
                return Optional.of(LocalDate.parse(raw.get()));
            }
        } catch (DateTimeException impossibleDate) {
            // Reported below, as an unreadable one is.
        }
        errors.add(new FieldError(List.of("query", name), "Input should be a valid date in the format YYYY-MM-DD",
                "date_parsing"));
        return Optional.empty();
    }

    /** A text query parameter; blank counts as absent. */
    public static Optional<String> queryText(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
