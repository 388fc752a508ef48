package dev.parley.core.port.in;

import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: act on one prompt on behalf of a user (read it, delete it). */
public record PromptCommand(UserId user, PromptId prompt) {

    public PromptCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(prompt, "prompt");
    }
}
