package dev.parley.http.stream;

import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.PreviewPromptCommand;
import dev.parley.http.support.BodyFields;
import java.util.Map;

/**
 * Request: seed 002's preview body, which /v1 shares: a library prompt ({@code prompt_id}) or a template
 * given inline ({@code content}), exactly one of them, with its {@code variables} (an object of strings)
 * and, Parley's addition, the {@code model} to ask (else the default).
 */
public final class PreviewRequest {

    private PreviewRequest() {
    }

    /**
     * @throws dev.parley.http.support.HttpProblem 422 for a mistyped field
     * @throws dev.parley.core.domain.error.InvalidInputException when both or neither of prompt_id and content are given
     */
    public static PreviewPromptCommand command(BodyFields body, UserId user) {
        Long promptId = body.optionalLong("prompt_id");
        String content = body.optionalString("content");
        Map<String, String> variables = body.optionalStringMap("variables");
        String model = body.optionalString("model");
        body.throwIfInvalid();
        return new PreviewPromptCommand(user, promptId == null ? null : Prompts.id(promptId), content, variables, model);
    }
}
