package dev.parley.http.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP support: reads an IP address written as text, never looking a name up: the text may come
 * from a client ({@code X-Forwarded-For}), and a DNS query per request would be theirs to trigger.
 */
final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

    private IpLiterals() {
    }

    /**
     * The address in {@code text}: IPv4 ({@code 203.0.113.7}, optionally with {@code :port}) or IPv6
     * ({@code 2001:db8::1}, or bracketed as {@code [2001:db8::1]} with an optional {@code :port});
     * a zone ({@code %eth0}) is ignored. Empty for anything else.
     */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String host = text.strip();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            if (end < 0 || !(end == host.length() - 1 || PORT.matcher(host.substring(end + 1)).matches())) {
                return Optional.empty();
            }
            host = host.substring(1, end);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') > 0) {
            if (!PORT.matcher(host.substring(host.indexOf(':'))).matches()) {
                return Optional.empty();
            }
            host = host.substring(0, host.indexOf(':'));
        }
        int zone = host.indexOf('%');
        if (zone >= 0) {
            host = host.substring(0, zone);
        }
        if (IPV4.matcher(host).matches()) {
            return ipv4(host);
        }
        if (host.contains(":") && IPV6.matcher(host).matches()) {
            try {
                // Brackets make the JDK insist on an IPv6 literal instead of falling back to a name lookup.
                return Optional.of(InetAddress.getByName("[" + host + "]"));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> ipv4(String host) {
        String[] parts = host.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int part = Integer.parseInt(parts[i]);
            if (part > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) part;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }
}
