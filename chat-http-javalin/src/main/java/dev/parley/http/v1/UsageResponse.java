package dev.parley.http.v1;

import dev.parley.core.domain.message.TokenUsage;

/** Response element: token counts in OpenAI's shape. */
record UsageResponse(int promptTokens, int completionTokens, int totalTokens) {

    /** The usage, or null when none was reported. */
    static UsageResponse ofNullable(TokenUsage usage) {
        return usage == null ? null : new UsageResponse(usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
    }
}
