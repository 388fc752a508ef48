package dev.parley.llm.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.Dns;

/**
 * The fetcher's resolver: a name resolves only when every address it has passes the policy, so a name
 * with one public and one private address cannot be used to reach the private one. OkHttp connects to
 * exactly the addresses returned here, leaving no second lookup for a rebinding DNS server to answer
 * differently. Thread-safe.
 */
final class GuardedDns implements Dns {

    // OkHttp's own test for a host it connects to directly, without asking any Dns.
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F]*:[0-9a-fA-F:.]*|[0-9.]+");

    private final Dns resolver;
    private final AddressPolicy policy;

    GuardedDns(Dns resolver, AddressPolicy policy) {
        this.resolver = resolver;
        this.policy = policy;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> addresses = resolver.lookup(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host + " has no address");
        }
        for (InetAddress address : addresses) {
            check(host, address);
        }
        return addresses;
    }

    /**
     * Judges a host that is an IP address (in any form OkHttp takes as one, such as {@code 127.1})
     * before OkHttp connects to it, since OkHttp does not ask a Dns about those.
     */
    void checkIfLiteral(String host) throws UnknownHostException {
        if (LITERAL.matcher(host).matches()) {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                check(host, address);
            }
        }
    }

    void check(String host, InetAddress address) throws RefusedAddress {
        String refusal = policy.refusal(address).orElse(null);
        if (refusal != null) {
            throw new RefusedAddress(host, address, refusal);
        }
    }
}
