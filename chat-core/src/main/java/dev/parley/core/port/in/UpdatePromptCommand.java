package dev.parley.core.port.in;

import dev.parley.core.domain.prompt.PromptId;
import dev.parley.core.domain.user.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Command: change some of a prompt's written parts; an empty field is left as it is. */
public record UpdatePromptCommand(UserId user, PromptId prompt, Optional<String> title, Optional<String> content,
        Optional<String> scenario, Optional<String> description, Optional<Map<String, Object>> metadata) {

    public UpdatePromptCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(metadata, "metadata");
    }
}
