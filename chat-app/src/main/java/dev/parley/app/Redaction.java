package dev.parley.app;

import java.util.regex.Pattern;

/** Rule: how a URL from configuration may appear in a log — without user info, query or parameters. */
final class Redaction {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?#]*@");
    private static final Pattern PARAMETERS = Pattern.compile("[?;#].*$");

    private Redaction() {
    }

    /** {@code url} with any {@code user:password@} and anything from the first {@code ?}, {@code ;} or {@code #} hidden. */
    static String url(String url) {
        if (url == null) {
            return null;
        }
        String withoutUser = USER_INFO.matcher(url).replaceFirst("//<redacted>@");
        return PARAMETERS.matcher(withoutUser).replaceFirst("<parameters redacted>");
    }
}
