package dev.parley.llm.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a search engine calls a title or a snippet into one line of plain text fit for a
 * prompt: tags removed (some engines mark the matched words with {@code <b>} or
 * {@code <span class="highlight">}), character references decoded, control characters and runs of
 * white space flattened to one space, and cut at a word boundary with an ellipsis when too long.
 */
final class SnippetText {

    private static final Pattern BREAKING_TAG = Pattern.compile("(?i)<(?:br|/p|/div|/li|/h[1-6])\\b[^<>]*>");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|</?[A-Za-z][^<>]*>", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Cntrl}\\p{Zs}\\u2028\\u2029\\u200B\\uFEFF]+");

    private SnippetText() {
    }

    /** {@code raw} as plain text of at most {@code maxChars} characters (the ellipsis included); "" for null. */
    static String clean(String raw, int maxChars) {
        if (raw == null) {
            return "";
        }
        String text = BREAKING_TAG.matcher(raw).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = decodeReferences(text);
        text = BLANKS.matcher(text).replaceAll(" ").strip();
        return shortened(text, maxChars);
    }

    private static String decodeReferences(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (reference.find()) {
            reference.appendReplacement(decoded, Matcher.quoteReplacement(decode(reference.group(1), reference.group())));
        }
        reference.appendTail(decoded);
        return decoded.toString();
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            boolean valid = Character.isValidCodePoint(codePoint) && codePoint != 0
                    && Character.getType(codePoint) != Character.SURROGATE;
            return valid ? Character.toString(codePoint) : " ";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "hellip" -> "…";
            case "mdash" -> "—";
            case "ndash" -> "–";
            default -> whole;
        };
    }

    private static String shortened(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int lastSpace = text.lastIndexOf(' ', end);
        // Cut at the last word boundary unless that throws away most of the text.
        if (lastSpace > maxChars / 2) {
            end = lastSpace;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
