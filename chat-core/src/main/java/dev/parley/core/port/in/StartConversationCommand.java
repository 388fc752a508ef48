package dev.parley.core.port.in;

import dev.parley.core.domain.user.UserId;
import java.util.Objects;

/** Command: open an empty conversation. A null title or model means "choose for me". */
public record StartConversationCommand(UserId owner, String title, String model) {

    public StartConversationCommand {
        Objects.requireNonNull(owner, "owner");
    }
}
