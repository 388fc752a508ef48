package dev.parley.http.uuidchat;

import dev.parley.core.domain.message.Role;
import java.util.List;

/** Seed 004's names for who wrote a message: "Human" is the core's user, "Assistant" its assistant. */
enum Speaker {

    HUMAN("Human", Role.USER),
    ASSISTANT("Assistant", Role.ASSISTANT);

    /** The names a request may give, as the document spells them (read ignoring case). */
    static final List<String> NAMES = List.of(HUMAN.wireName, ASSISTANT.wireName);

    private final String wireName;
    private final Role role;

    Speaker(String wireName, Role role) {
        this.wireName = wireName;
        this.role = role;
    }

    Role role() {
        return role;
    }

    /** The speaker named exactly as in {@link #NAMES}. */
    static Speaker named(String name) {
        return name.equals(HUMAN.wireName) ? HUMAN : ASSISTANT;
    }

    /**
     * The name of a stored message's role; a system message (which this dialect cannot write, but another
     * may have) is named "System" rather than passed off as either speaker.
     */
    static String nameOf(Role role) {
        return switch (role) {
            case USER -> HUMAN.wireName;
            case ASSISTANT -> ASSISTANT.wireName;
            case SYSTEM -> "System";
        };
    }
}
