package dev.parley.http.threads;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code message} the original's front end sends: the whole conversation so far, one turn per
 * {@code "<sender>: <content>"} line (a turn's further lines follow it unprefixed). The new message is the
 * last {@code user:} turn, up to the next sender's line; the stored thread already holds the rest. A
 * message without any {@code user:} line is the message itself. Only the senders that front end writes
 * count as prefixes, so that a plain message such as "Note: …" stays whole.
 */
final class Transcript {

    private static final Pattern TURN = Pattern.compile("^\\s*([a-z]+): ?(.*)$", Pattern.DOTALL);
    private static final Set<String> SENDERS = Set.of("user", "bot", "assistant", "system");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private Transcript() {
    }

    /** The new message in {@code message}, stripped; blank when there is none. */
    static String newMessage(String message) {
        List<String> lines = List.of(LINE_BREAK.split(message, -1));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if ("user".equals(sender(lines.get(i)))) {
                start = i;
            }
        }
        if (start < 0) {
            return message.strip();
        }
        Matcher first = TURN.matcher(lines.get(start));
        first.matches();
        StringBuilder turn = new StringBuilder(first.group(2));
        for (int i = start + 1; i < lines.size() && sender(lines.get(i)) == null; i++) {
            turn.append('\n').append(lines.get(i));
        }
        return turn.toString().strip();
    }

    /** The sender a line opens a turn of, lower case, or null for a line that continues one. */
    private static String sender(String line) {
        Matcher matcher = TURN.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        String sender = matcher.group(1).toLowerCase(Locale.ROOT);
        return SENDERS.contains(sender) ? sender : null;
    }
}
