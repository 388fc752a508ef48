package dev.parley.llm.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Dns;

/** Test support: the policies and resolvers fetcher tests need; none of this exists outside tests. */
final class FetchTestPolicies {

    /** Public addresses and loopback, where the fake servers listen. */
    static final AddressPolicy PUBLIC_AND_LOOPBACK = address -> address.isLoopbackAddress()
            ? Optional.empty() : AddressPolicy.PUBLIC_ONLY.refusal(address);

    private FetchTestPolicies() {
    }

    /** A DNS server that knows only {@code names}; anything else does not resolve (nothing leaves the machine). */
    static Dns resolver(Map<String, List<String>> names) {
        return host -> {
            List<String> addresses = names.get(host);
            if (addresses == null) {
                throw new UnknownHostException("no such host in this test: " + host);
            }
            return addresses.stream().map(address -> at(host, address)).toList();
        };
    }

    private static InetAddress at(String host, String address) {
        try {
            return InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
