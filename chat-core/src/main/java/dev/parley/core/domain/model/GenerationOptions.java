package dev.parley.core.domain.model;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.List;

/**
 * Value: sampling settings for one reply. A null field (or an empty stop list) means "the
 * provider's default". Temperature is 0.0 to 2.0; max tokens at least 1; top_p 0.0 to 1.0; at most
 * four non-empty stop sequences; any seed.
 */
public record GenerationOptions(Double temperature, Integer maxTokens, Double topP, List<String> stop, Long seed) {

    public static final GenerationOptions DEFAULTS = new GenerationOptions(null, null);
    public static final int MAX_TOKENS_LIMIT = 1_000_000;
    public static final int MAX_STOP_SEQUENCES = 4;
    public static final int MAX_STOP_LENGTH = 256;

    public GenerationOptions {
        if (temperature != null && (temperature.isNaN() || temperature < 0.0 || temperature > 2.0)) {
            throw new InvalidInputException("temperature", "temperature must be between 0.0 and 2.0");
        }
        if (maxTokens != null && (maxTokens < 1 || maxTokens > MAX_TOKENS_LIMIT)) {
            throw new InvalidInputException("max_tokens", "max_tokens must be between 1 and " + MAX_TOKENS_LIMIT);
        }
        if (topP != null && (topP.isNaN() || topP < 0.0 || topP > 1.0)) {
            throw new InvalidInputException("top_p", "top_p must be between 0.0 and 1.0");
        }
        stop = stop == null ? List.of() : List.copyOf(stop);
        if (stop.size() > MAX_STOP_SEQUENCES) {
            throw new InvalidInputException("stop", "stop holds at most " + MAX_STOP_SEQUENCES + " sequences");
        }
        for (String sequence : stop) {
            if (sequence.isEmpty() || sequence.length() > MAX_STOP_LENGTH) {
                throw new InvalidInputException("stop",
                        "each stop sequence must hold 1 to " + MAX_STOP_LENGTH + " characters");
            }
        }
    }

    public GenerationOptions(Double temperature, Integer maxTokens) {
        this(temperature, maxTokens, null, List.of(), null);
    }

    /** These options, with the model's defaults where the request gave no value. */
    public GenerationOptions withDefaults(ModelProfile profile) {
        return new GenerationOptions(
                temperature != null ? temperature : profile.defaultTemperature(),
                maxTokens != null ? maxTokens : profile.defaultMaxTokens(),
                topP, stop, seed);
    }

    public GenerationOptions withMaxTokens(Integer newMaxTokens) {
        return new GenerationOptions(temperature, newMaxTokens, topP, stop, seed);
    }
}
