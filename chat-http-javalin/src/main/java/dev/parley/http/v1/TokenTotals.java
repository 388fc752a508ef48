package dev.parley.http.v1;

/** Response element: token counts summed over some replies, in OpenAI's names, and how many replies. */
record TokenTotals(long promptTokens, long completionTokens, long totalTokens, long replies) {

    static final TokenTotals NONE = new TokenTotals(0, 0, 0, 0);

    TokenTotals(long promptTokens, long completionTokens, long replies) {
        this(promptTokens, completionTokens, promptTokens + completionTokens, replies);
    }

    TokenTotals plus(TokenTotals other) {
        return new TokenTotals(promptTokens + other.promptTokens, completionTokens + other.completionTokens,
                replies + other.replies);
    }
}
