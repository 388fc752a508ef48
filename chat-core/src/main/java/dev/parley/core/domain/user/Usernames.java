package dev.parley.core.domain.user;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Domain rule: what a username and a password may be. */
public final class Usernames {

    public static final int MIN_USERNAME_LENGTH = 3;
    public static final int MAX_USERNAME_LENGTH = 150;
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** Bounds the work a single login can cost the server's password hasher. */
    public static final int MAX_PASSWORD_LENGTH = 128;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.@+-]+");

    private Usernames() {
    }

    /** Checks a username and returns it trimmed. */
    public static String validUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "username is required");
        }
        String trimmed = username.strip();
        if (trimmed.length() < MIN_USERNAME_LENGTH || trimmed.length() > MAX_USERNAME_LENGTH) {
            throw new InvalidInputException("username",
                    "username must be " + MIN_USERNAME_LENGTH + " to " + MAX_USERNAME_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(trimmed).matches()) {
            throw new InvalidInputException("username",
                    "username may contain only letters, digits and the characters _ . @ + -");
        }
        return trimmed;
    }

    /** Checks a new password against the length rules. */
    public static String validPassword(String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "password is required");
        }
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "password must be " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    /** The form under which usernames are compared: case does not make two users different. */
    public static String canonical(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
