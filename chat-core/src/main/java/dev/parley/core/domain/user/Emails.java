package dev.parley.core.domain.user;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Domain rule: what an e-mail address may be, and the form under which two addresses are the same. */
public final class Emails {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private Emails() {
    }

    /** Null or blank means "no address"; anything else must look like one and is returned trimmed. */
    public static String validOrNone(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
            throw new InvalidInputException("email", "email must be a valid e-mail address");
        }
        return trimmed;
    }

    public static String canonical(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
