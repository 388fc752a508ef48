package dev.parley.llm.web;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Page-fetching rule: which IP addresses {@link SafeFetcher} may connect to, asked about every
 * address a host name resolves to and again about the address each connection actually reached.
 * Implementations must be thread-safe.
 *
 * <p>{@link #PUBLIC_ONLY} is the only policy a running Parley uses; configuration cannot choose
 * another. Tests pass their own (for instance one that also admits loopback, where their fake
 * servers listen) to {@link SafeFetcher}'s test constructor.
 */
@FunctionalInterface
public interface AddressPolicy {

    /**
     * Public unicast addresses only. Refused: loopback, "this network" ({@code 0.0.0.0/8}, {@code ::}),
     * private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}, {@code fc00::/7}), link-local
     * ({@code 169.254/16}, where cloud metadata services answer, and {@code fe80::/10}), carrier-grade
     * NAT ({@code 100.64/10}), multicast, broadcast and reserved ({@code 240/4}), IETF protocol
     * assignments ({@code 192.0.0/24}, {@code 2001::/23} with Teredo), benchmarking ({@code 198.18/15}),
     * documentation ranges, deprecated site-local and IPv4-compatible IPv6, and any IPv6 address
     * outside global unicast {@code 2000::/3}. An IPv6 address that embeds an IPv4 one (IPv4-mapped
     * {@code ::ffff:0:0/96}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is judged by the
     * IPv4 address it carries.
     */
    AddressPolicy PUBLIC_ONLY = AddressRanges::refusal;

    /** Why {@code address} may not be connected to, in a few words ("a private address"); empty when it may. */
    Optional<String> refusal(InetAddress address);
}
