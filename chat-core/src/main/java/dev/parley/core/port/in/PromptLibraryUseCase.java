package dev.parley.core.port.in;

import dev.parley.core.domain.common.Page;
import dev.parley.core.domain.error.ForbiddenException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.NotFoundException;
import dev.parley.core.domain.prompt.Prompt;
import dev.parley.core.domain.prompt.PromptDraft;
import dev.parley.core.domain.prompt.PromptQuery;
import dev.parley.core.domain.user.UserId;

/**
 * Incoming port: a user's prompt library. Another user's prompt is {@link NotFoundException} for
 * every operation; the system templates are visible to all and changed only by admins
 * ({@link ForbiddenException} for others); bad drafts and templates are {@link InvalidInputException}.
 */
public interface PromptLibraryUseCase {

    Prompt create(UserId user, PromptDraft draft);

    Prompt get(PromptCommand command);

    Page<Prompt> list(UserId user, PromptQuery query);

    Prompt update(UpdatePromptCommand command);

    void delete(PromptCommand command);

    /** Renders and asks the model; a library prompt's use is counted. */
    PromptPreview preview(PreviewPromptCommand command);
}
