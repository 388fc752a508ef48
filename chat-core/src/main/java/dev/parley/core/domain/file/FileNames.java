package dev.parley.core.domain.file;

/**
 * Domain rule: a client's file name kept for display: the last path segment only, without control
 * characters, at most 255 characters; "file" when nothing is left. It never names anything on disk.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    public static String displayed(String clientName) {
        if (clientName == null) {
            return "file";
        }
        String name = clientName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != 0x2028 && c != 0x2029
                        && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "file";
        }
        if (name.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end);
        }
        return name;
    }
}
