package dev.parley.http.stream;

import dev.parley.core.domain.prompt.PromptId;
import dev.parley.http.support.HttpProblem;
import dev.parley.http.support.RequestParams;
import io.javalin.http.Context;

/** The ids of library prompts, from a path or a body, for every dialect. */
public final class Prompts {

    public static final String NOT_FOUND = "Prompt not found";

    private Prompts() {
    }

    /** The prompt named by the path parameter {@code prompt_id}; 422 when it is no positive whole number. */
    public static PromptId fromPath(Context ctx) {
        return new PromptId(RequestParams.positiveId(ctx, "prompt_id"));
    }

    /** A prompt id from a body: one that cannot exist is reported as not found, like a missing one. */
    public static PromptId id(long promptId) {
        if (promptId < 1) {
            throw HttpProblem.of(404, NOT_FOUND);
        }
        return new PromptId(promptId);
    }
}
