package dev.parley.http.threads;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as Django's JSON encoder writes them: ISO-8601 in UTC with a {@code Z}, at most milliseconds. */
final class DjangoTimes {

    private DjangoTimes() {
    }

    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
