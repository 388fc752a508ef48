package dev.parley.http.stream;

import dev.parley.core.port.in.PromptPreview;

/** Response: seed 002's preview, which /v1 shares: the model's answer, the tokens it cost, and which model gave it. */
public record PreviewResponse(String preview, int tokensUsed, String modelUsed) {

    public static PreviewResponse of(PromptPreview preview) {
        return new PreviewResponse(preview.preview(), preview.tokensUsed(), preview.modelUsed());
    }
}
