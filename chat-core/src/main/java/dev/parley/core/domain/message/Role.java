package dev.parley.core.domain.message;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.Locale;

/** Value: who speaks in a message. */
public enum Role {
    USER, ASSISTANT, SYSTEM;

    /** The lower-case name chat APIs use on the wire ("user", "assistant", "system"). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a wire name, case-insensitively; anything else is invalid input on {@code field}. */
    public static Role fromWire(String name, String field) {
        if (name != null) {
            for (Role role : values()) {
                if (role.wireName().equalsIgnoreCase(name.strip())) {
                    return role;
                }
            }
        }
        throw new InvalidInputException(field, "role must be one of user, assistant, system");
    }
}
