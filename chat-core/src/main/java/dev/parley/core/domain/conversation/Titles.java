package dev.parley.core.domain.conversation;

import dev.parley.core.domain.error.InvalidInputException;

/** Domain rule: what a conversation title may be, and how one is derived from a first message. */
public final class Titles {

    public static final int MAX_LENGTH = 200;
    public static final String DEFAULT = "New chat";
    private static final int DERIVED_LENGTH = 60;

    private Titles() {
    }

    /** Checks a title a user chose and returns it trimmed. */
    public static String valid(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "title must not be empty");
        }
        String trimmed = title.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidInputException("title", "title must be at most " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    /** A title from the first line of a user's first message, shortened on a word boundary. */
    public static String derivedFrom(String firstMessage) {
        String line = firstMessage.strip().lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            return DEFAULT;
        }
        if (line.length() <= DERIVED_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', DERIVED_LENGTH);
        int end = cut > DERIVED_LENGTH / 2 ? cut : DERIVED_LENGTH;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).strip() + "…";
    }
}
