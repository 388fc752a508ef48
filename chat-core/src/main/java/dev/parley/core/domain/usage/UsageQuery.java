package dev.parley.core.domain.usage;

import dev.parley.core.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Value: an inclusive range of UTC days to total usage over; at most 366 days. */
public record UsageQuery(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public UsageQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("from", "a usage range spans at most " + MAX_DAYS + " days");
        }
    }
}
