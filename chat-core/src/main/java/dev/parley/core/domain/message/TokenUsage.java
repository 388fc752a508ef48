package dev.parley.core.domain.message;

/** Value: how many tokens a reply cost, in OpenAI's terms (prompt, completion, total). */
public record TokenUsage(int promptTokens, int completionTokens) {

    public TokenUsage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
