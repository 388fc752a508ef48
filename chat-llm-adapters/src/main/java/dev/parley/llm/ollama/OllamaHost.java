package dev.parley.llm.ollama;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Reads an address the way Ollama's own clients read {@code OLLAMA_HOST}: the scheme defaults to
 * {@code http}; the port to 11434 when no scheme is given, else to the scheme's own (80 or 443); an
 * empty host to {@code 127.0.0.1}; a path is kept (for an Ollama behind a reverse proxy) without
 * its trailing slashes. So {@code ""}, {@code ":11434"} and {@code "127.0.0.1"} all mean
 * {@code http://127.0.0.1:11434}. IPv6 addresses need their brackets.
 */
final class OllamaHost {

    static final int DEFAULT_PORT = 11434;
    static final String DEFAULT_BASE_URL = "http://127.0.0.1:" + DEFAULT_PORT;

    private OllamaHost() {
    }

    /** The base URL {@code host} names, without a trailing slash; null or blank means the default. */
    static String baseUrl(String host) {
        String text = host == null ? "" : host.strip();
        if (text.isEmpty()) {
            return DEFAULT_BASE_URL;
        }
        if (text.contains("@")) {
            // Not quoted: the part before the @ would be a password.
            throw new IllegalArgumentException("an Ollama host with credentials in it, which is not supported");
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ollama host (OLLAMA_HOST form: [http[s]://]host[:port][/path]): "
                    + text, e);
        }
    }

    private static String parse(String text) {
        int schemeEnd = text.indexOf("://");
        String scheme = schemeEnd < 0 ? "http" : text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = schemeEnd < 0 ? text : text.substring(schemeEnd + 3);
        int defaultPort = switch (scheme) {
            case "http" -> schemeEnd < 0 ? DEFAULT_PORT : 80;
            case "https" -> 443;
            default -> throw new IllegalArgumentException("only http and https are supported");
        };
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : stripSlashes(rest.substring(slash));
        // The port follows the last colon, unless that colon is inside an IPv6 address's brackets.
        int colon = authority.lastIndexOf(':');
        boolean hasPort = colon >= 0 && colon > authority.lastIndexOf(']');
        String hostName = hasPort ? authority.substring(0, colon) : authority;
        int port = hasPort ? port(authority.substring(colon + 1)) : defaultPort;
        HttpUrl.Builder url = new HttpUrl.Builder()
                .scheme(scheme)
                .host(hostName.isEmpty() ? "127.0.0.1" : hostName)
                .port(port);
        if (!path.isEmpty()) {
            url.addPathSegments(path);
        }
        return stripSlashes(url.build().toString());
    }

    private static int port(String digits) {
        if (!digits.matches("[0-9]{1,5}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 65535) {
            throw new IllegalArgumentException("the port must be a number from 1 to 65535");
        }
        return Integer.parseInt(digits);
    }

    private static String stripSlashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '/') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(start, end);
    }
}
