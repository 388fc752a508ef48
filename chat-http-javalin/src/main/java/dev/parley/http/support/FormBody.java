package dev.parley.http.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP support: decodes an {@code application/x-www-form-urlencoded} body. The body is read as UTF-8
 * unless its Content-Type names another charset; one Java does not know is answered 415, since the
 * body is then in a format this server cannot read. Like Python's parser, a malformed {@code %}
 * escape is kept as written rather than refused.
 */
final class FormBody {

    static final String UNSUPPORTED_CHARSET = "Unsupported charset in Content-Type";

    private FormBody() {
    }

    /** Each field's first value, in the order the fields first appear. */
    static Map<String, String> fields(byte[] body, String contentType) {
        Charset charset = charset(contentType);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    /** @throws HttpProblem 415 for a charset that is malformed or unknown */
    static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("charset")) {
                continue;
            }
            String name = parameter.substring(equals + 1).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            try {
                if (Charset.isSupported(name)) {
                    return Charset.forName(name);
                }
            } catch (IllegalCharsetNameException malformed) {
                // Answered below, like an unknown one.
            }
            throw HttpProblem.of(415, UNSUPPORTED_CHARSET);
        }
        return StandardCharsets.UTF_8;
    }

    /** {@code +} is a space and {@code %XX} a byte; the bytes are then read in {@code charset}. */
    private static String decode(String raw, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        return bytes.toString(charset);
    }
}
