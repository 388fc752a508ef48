package dev.parley.http.stream;

import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.user.UserId;
import dev.parley.core.port.in.UpdatePromptCommand;
import dev.parley.http.support.BodyFields;
import java.util.Map;
import java.util.Optional;

/**
 * Request: seed 002's prompt body, which /v1 shares: {@code title} and {@code content} (a template whose
 * {@code {variables}} are filled in when it is used), optional {@code scenario}, {@code description} and
 * {@code metadata} (any JSON object). Creating needs the title and the content; updating (PUT as 002 shows
 * it, or PATCH) changes only the fields given, a null counting as not given.
 */
public final class PromptRequest {

    private PromptRequest() {
    }

    /**
     * @throws dev.parley.http.support.HttpProblem 422 for a missing or mistyped field
     * @throws dev.parley.core.domain.error.InvalidInputException for a value the core refuses (too long, a
     *     malformed template)
     */
    public static PromptDraft draft(BodyFields body) {
        String title = body.requiredString("title");
        String content = body.requiredString("content");
        String scenario = body.optionalString("scenario");
        String description = body.optionalString("description");
        Map<String, Object> metadata = body.optionalObject("metadata");
        body.throwIfInvalid();
        return new PromptDraft(title, content, scenario, description, metadata);
    }

    /** @throws dev.parley.http.support.HttpProblem 422 for a mistyped field */
    public static UpdatePromptCommand update(BodyFields body, UserId user, PromptId prompt) {
        Optional<String> title = Optional.ofNullable(body.optionalString("title"));
        Optional<String> content = Optional.ofNullable(body.optionalString("content"));
        Optional<String> scenario = Optional.ofNullable(body.optionalString("scenario"));
        Optional<String> description = Optional.ofNullable(body.optionalString("description"));
        Optional<Map<String, Object>> metadata = Optional.ofNullable(body.optionalObject("metadata"));
        body.throwIfInvalid();
        return new UpdatePromptCommand(user, prompt, title, content, scenario, description, metadata);
    }
}
