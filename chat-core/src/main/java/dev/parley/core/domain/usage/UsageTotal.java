package dev.parley.core.domain.usage;

import java.time.LocalDate;
import java.util.Objects;

/** Value: one user's tokens on one UTC day with one model, and how many replies they came from. */
public record UsageTotal(LocalDate day, String model, long promptTokens, long completionTokens, long replies) {

    public UsageTotal {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(model, "model");
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
