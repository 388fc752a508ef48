package dev.parley.llm.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A host resolved to, or a connection reached, an address the {@link AddressPolicy} refuses. It is an
 * {@link UnknownHostException} because that is all OkHttp lets a {@link okhttp3.Dns} throw; for the
 * user it means the same: the host has no address Parley may fetch from.
 */
final class RefusedAddress extends UnknownHostException {

    private final transient InetAddress address;
    private final String reason;

    RefusedAddress(String host, InetAddress address, String reason) {
        super(host + " is " + reason);
        this.address = address;
        this.reason = reason;
    }

    InetAddress address() {
        return address;
    }

    String reason() {
        return reason;
    }
}
