package dev.parley.http.support;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * HTTP support: which address a request came from. That is the connection's peer, unless the peer
 * is one of the trusted proxies: then {@code X-Forwarded-For} is read from its right end, skipping
 * further trusted proxies, and the first address that is not one is the client (what is left of it
 * was written by the client and proves nothing). An entry that is not an IP literal ends the walk at
 * the last trusted hop. {@code Forwarded} (RFC 7239) is not read.
 */
public final class ClientAddresses {

    // A peer that is not an IP literal (not on TCP) shares one budget with every other such peer.
    private static final InetAddress UNKNOWN_PEER = IpLiterals.parse("0.0.0.0").orElseThrow();

    private final List<AddressRange> trustedProxies;

    /** Trusts {@code X-Forwarded-For} only from peers in {@code trustedProxies} (addresses or CIDR blocks). */
    public ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(AddressRange::parse).toList();
    }

    /** The client address of the request. */
    public InetAddress of(Context ctx) {
        return resolve(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    }

    /** The client address of a request from {@code peer} that carried these {@code X-Forwarded-For} header values. */
    InetAddress resolve(String peer, List<String> forwardedFor) {
        InetAddress client = IpLiterals.parse(peer).orElse(UNKNOWN_PEER);
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
            Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
