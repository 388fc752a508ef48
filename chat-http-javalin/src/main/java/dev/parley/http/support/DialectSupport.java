package dev.parley.http.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.port.in.UseCases;
import dev.parley.http.HttpSettings;
import java.time.Clock;
import java.util.Objects;

/**
 * HTTP support: what every dialect's routes share, handed to each dialect's entry point: the core's use
 * cases, the credential reader, the JSON mapper, the session cookie and CSRF check, the rate limits (for
 * counting logins), the upload limits, the replies in flight, the settings and the clock.
 */
public record DialectSupport(UseCases useCases, Credentials credentials, ObjectMapper mapper, SessionCookie cookie,
        CsrfCheck csrf, RequestLimits limits, Uploads uploads, InFlightReplies replies, HttpSettings settings,
        Clock clock) {

    public DialectSupport {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(cookie, "cookie");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(replies, "replies");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
    }
}
