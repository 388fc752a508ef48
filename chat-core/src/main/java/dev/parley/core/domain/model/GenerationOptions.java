package dev.parley.core.domain.model;

import dev.parley.core.domain.error.InvalidInputException;

/**
 * Value: sampling settings for one reply. A null field means "the provider's default".
 * Temperature is 0.0 to 2.0; max tokens is at least 1.
 */
public record GenerationOptions(Double temperature, Integer maxTokens) {

    public static final GenerationOptions DEFAULTS = new GenerationOptions(null, null);
    public static final int MAX_TOKENS_LIMIT = 1_000_000;

    public GenerationOptions {
        if (temperature != null && (temperature.isNaN() || temperature < 0.0 || temperature > 2.0)) {
            throw new InvalidInputException("temperature", "temperature must be between 0.0 and 2.0");
        }
        if (maxTokens != null && (maxTokens < 1 || maxTokens > MAX_TOKENS_LIMIT)) {
            throw new InvalidInputException("max_tokens", "max_tokens must be between 1 and " + MAX_TOKENS_LIMIT);
        }
    }
}
