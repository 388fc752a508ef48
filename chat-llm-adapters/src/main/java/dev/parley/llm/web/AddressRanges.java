package dev.parley.llm.web;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The address table behind {@link AddressPolicy#PUBLIC_ONLY}. IPv4 is judged by a list of the
 * special-purpose ranges (everything else is public); IPv6 the other way round, admitting only global
 * unicast ({@code 2000::/3}) minus its special ranges, so a range assigned tomorrow starts refused.
 * Addresses are read as bytes, whatever type Java gave them.
 */
final class AddressRanges {

    private record Block(int network, int prefix, String reason) {

        boolean contains(int address) {
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            return (address & mask) == (network & mask);
        }
    }

    // Order matters where blocks nest: the narrower, more telling reason comes first.
    private static final List<Block> SPECIAL_IPV4 = List.of(
            block(0, 0, 0, 0, 8, "a \"this network\" address"),
            block(10, 0, 0, 0, 8, "a private address"),
            block(100, 64, 0, 0, 10, "a carrier-grade NAT address"),
            block(127, 0, 0, 0, 8, "a loopback address"),
            block(169, 254, 0, 0, 16, "a link-local address"),
            block(172, 16, 0, 0, 12, "a private address"),
            block(192, 0, 0, 0, 24, "an IETF protocol address"),
            block(192, 0, 2, 0, 24, "a documentation address"),
            block(192, 88, 99, 0, 24, "a 6to4 relay address"),
            block(192, 168, 0, 0, 16, "a private address"),
            block(198, 18, 0, 0, 15, "a benchmarking address"),
            block(198, 51, 100, 0, 24, "a documentation address"),
            block(203, 0, 113, 0, 24, "a documentation address"),
            block(224, 0, 0, 0, 4, "a multicast address"),
            block(255, 255, 255, 255, 32, "the broadcast address"),
            block(240, 0, 0, 0, 4, "a reserved address"));

    private AddressRanges() {
    }

    static Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return Optional.ofNullable(bytes.length == 4 ? ipv4(bytes, 0) : ipv6(bytes));
    }

    private static String ipv4(byte[] bytes, int offset) {
        int address = (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16
                | (bytes[offset + 2] & 0xff) << 8 | bytes[offset + 3] & 0xff;
        return SPECIAL_IPV4.stream().filter(block -> block.contains(address)).map(Block::reason)
                .findFirst().orElse(null);
    }

    private static String ipv6(byte[] b) {
        if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return embedded("an IPv4-mapped", ipv4(b, 12));
        }
        if (zeros(b, 0, 15)) {
            return b[15] == 1 ? "a loopback address" : b[15] == 0 ? "the unspecified address"
                    : "an IPv4-compatible IPv6 address";
        }
        if (zeros(b, 0, 12)) {
            return "an IPv4-compatible IPv6 address";
        }
        int first = word(b, 0);
        int second = word(b, 2);
        if (first == 0x0064 && second == 0xff9b && zeros(b, 4, 12)) {
            return embedded("a NAT64", ipv4(b, 12));
        }
        if (first == 0x2002) {
            return embedded("a 6to4", ipv4(b, 2));
        }
        if (first == 0x2001 && second == 0x0db8 || first == 0x3fff && (second & 0xf000) == 0) {
            return "a documentation address";
        }
        if (first == 0x2001 && second == 0) {
            return "a Teredo tunnel address";
        }
        if (first == 0x2001 && second < 0x0200) {
            return "an IETF protocol address";
        }
        if ((first & 0xe000) == 0x2000) {
            return null;
        }
        if ((first & 0xfe00) == 0xfc00) {
            return "a private (unique local) address";
        }
        if ((first & 0xffc0) == 0xfe80) {
            return "a link-local address";
        }
        if ((first & 0xffc0) == 0xfec0) {
            return "a site-local address";
        }
        if ((first & 0xff00) == 0xff00) {
            return "a multicast address";
        }
        return "an address outside global unicast";
    }

    private static String embedded(String kind, String inner) {
        return inner == null ? null : kind + " IPv6 address carrying " + inner;
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int word(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) << 8 | bytes[offset + 1] & 0xff;
    }

    private static Block block(int a, int b, int c, int d, int prefix, String reason) {
        return new Block(a << 24 | b << 16 | c << 8 | d, prefix, reason);
    }
}
