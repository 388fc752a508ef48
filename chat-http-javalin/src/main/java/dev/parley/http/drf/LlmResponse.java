package dev.parley.http.drf;

import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.port.in.ModelAnswer;

/**
 * Response: a model's answer to {@code POST /api/llm/}, {@code {"response", "model", "usage": {"prompt_tokens",
 * "completion_tokens", "total_tokens"}, "document_truncated"}}; the last is true when the document had to be
 * cut to fit the model's context window.
 */
record LlmResponse(String response, String model, Usage usage, boolean documentTruncated) {

    /** The tokens the question cost, in OpenAI's terms. */
    record Usage(int promptTokens, int completionTokens, int totalTokens) {
    }

    static LlmResponse of(ModelAnswer answer) {
        TokenUsage usage = answer.usage();
        return new LlmResponse(answer.text(), answer.model(),
                new Usage(usage.promptTokens(), usage.completionTokens(), usage.totalTokens()), answer.documentTruncated());
    }
}
