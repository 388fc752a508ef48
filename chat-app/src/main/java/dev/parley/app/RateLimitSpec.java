package dev.parley.app;

import dev.parley.http.support.RouteClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PARLEY_RATE_LIMITS: {@code on} (the defaults), {@code off}, or comma-separated changes to the
 * defaults such as {@code reply=20/min,register=off} ({@code N/s}, {@code N/min} or {@code N/h}).
 */
final class RateLimitSpec {

    private static final Pattern CHANGE = Pattern.compile("([a-z_]+)=(off|(\\d{1,9})/(s|sec|min|m|h|hour))");

    private RateLimitSpec() {
    }

    static boolean enabled(String spec) {
        return !spec.strip().equalsIgnoreCase("off");
    }

    static List<Settings.RateLimitOverride> overrides(String spec) {
        String normalised = spec.strip().toLowerCase(Locale.ROOT);
        if (normalised.equals("on") || normalised.equals("off")) {
            return List.of();
        }
        List<Settings.RateLimitOverride> changes = new ArrayList<>();
        for (String change : normalised.split(",")) {
            Matcher m = CHANGE.matcher(change.strip());
            if (!m.matches()) {
                throw invalid(spec);
            }
            String routeClass = m.group(1);
            boolean known = Arrays.stream(RouteClass.values()).anyMatch(c -> c.name().equalsIgnoreCase(routeClass));
            if (!known) {
                throw new IllegalArgumentException("PARLEY_RATE_LIMITS names an unknown route class '" + routeClass
                        + "'; known: " + Arrays.toString(RouteClass.values()).toLowerCase(Locale.ROOT));
            }
            changes.add(m.group(2).equals("off")
                    ? new Settings.RateLimitOverride(routeClass, 0, null)
                    : new Settings.RateLimitOverride(routeClass, Long.parseLong(m.group(3)), unit(m.group(4))));
        }
        return changes;
    }

    private static Duration unit(String unit) {
        return switch (unit) {
            case "s", "sec" -> Duration.ofSeconds(1);
            case "min", "m" -> Duration.ofMinutes(1);
            default -> Duration.ofHours(1);
        };
    }

    private static IllegalArgumentException invalid(String spec) {
        return new IllegalArgumentException("PARLEY_RATE_LIMITS must be on, off, or changes like "
                + "'reply=20/min,register=off', not '" + spec + "'");
    }
}
