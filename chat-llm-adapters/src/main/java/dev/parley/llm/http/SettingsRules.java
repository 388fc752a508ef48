package dev.parley.llm.http;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/** Provider plumbing: the checks and clean-ups every provider's settings record applies to what it is given. */
public final class SettingsRules {

    private SettingsRules() {
    }

    /** The name, stripped; a missing or blank one is refused. */
    public static String providerName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a provider needs a name");
        }
        return name.strip();
    }

    /** The URL stripped of surrounding blanks and trailing slashes; anything but an http(s) URL is refused. */
    public static String baseUrl(String providerName, String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String result = baseUrl.strip();
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        if (HttpUrl.parse(result) == null) {
            throw new IllegalArgumentException(
                    "the base URL of provider " + providerName + " is not an http(s) URL: " + result);
        }
        return result;
    }

    /** The key stripped, or null when there is none. */
    public static String apiKey(String apiKey) {
        return apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** Every provider's three timeouts must be positive. */
    public static void requireTimeouts(Duration connectTimeout, Duration readTimeout, Duration discoveryTimeout) {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(discoveryTimeout, "discoveryTimeout");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** The names stripped, in order, without nulls, blanks and duplicates; null means none. */
    public static List<String> modelNames(List<String> names) {
        return names == null ? List.of() : names.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll)
                .stream()
                .toList();
    }
}
