package dev.parley.llm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0.0.0.0, this network",
        "0.1.2.3, this network",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "100.64.0.1, carrier-grade NAT",
        "100.100.100.200, carrier-grade NAT",
        "100.127.255.255, carrier-grade NAT",
        "127.0.0.1, loopback",
        "127.255.255.254, loopback",
        "169.254.0.1, link-local",
        "169.254.169.254, link-local",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.0.0.8, IETF protocol",
        "192.0.2.1, documentation",
        "192.88.99.1, 6to4 relay",
        "192.168.0.1, private",
        "192.168.255.255, private",
        "198.18.0.1, benchmarking",
        "198.19.255.255, benchmarking",
        "198.51.100.7, documentation",
        "203.0.113.9, documentation",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "240.0.0.1, reserved",
        "255.255.255.254, reserved",
        "255.255.255.255, broadcast",
        "::, unspecified",
        "::1, loopback",
        "::127.0.0.1, IPv4-compatible",
        "::8.8.8.8, IPv4-compatible",
        "::ffff:127.0.0.1, IPv4-mapped IPv6 address carrying a loopback",
        "::ffff:10.0.0.1, IPv4-mapped IPv6 address carrying a private",
        "::ffff:169.254.169.254, IPv4-mapped IPv6 address carrying a link-local",
        "::ffff:100.64.0.1, IPv4-mapped IPv6 address carrying a carrier-grade NAT",
        "64:ff9b::a00:1, NAT64 IPv6 address carrying a private",
        "64:ff9b::7f00:1, NAT64 IPv6 address carrying a loopback",
        "64:ff9b:1::1, outside global unicast",
        "2002:a00:1::1, 6to4 IPv6 address carrying a private",
        "2002:c0a8:101::1, 6to4 IPv6 address carrying a private",
        "2002:a9fe:a9fe::1, 6to4 IPv6 address carrying a link-local",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2, Teredo",
        "2001:2::1, IETF protocol",
        "2001:1ff::1, IETF protocol",
        "2001:db8::1, documentation",
        "3fff::1, documentation",
        "3fff:fff::1, documentation",
        "fc00::1, unique local",
        "fd00:ec2::254, unique local",
        "fdff:ffff::1, unique local",
        "fe80::1, link-local",
        "febf::1, link-local",
        "fec0::1, site-local",
        "ff02::1, multicast",
        "ff05::1:3, multicast",
        "100::1, outside global unicast",
        "5f00::1, outside global unicast",
        "4000::1, outside global unicast",
        "1::1, outside global unicast"})
    void nonPublicAddressesAreRefusedWithTheirReason(String address, String reason) throws UnknownHostException {
        assertThat(AddressPolicy.PUBLIC_ONLY.refusal(parse(address))).hasValueSatisfying(
                refusal -> assertThat(refusal).contains(reason));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "1.0.0.0", "9.255.255.255", "11.0.0.0", "93.184.215.14",
        "100.63.255.255", "100.128.0.0", "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0",
        "172.15.255.255", "172.32.0.0", "192.0.1.1", "192.167.255.255", "192.169.0.0", "198.17.255.255",
        "198.20.0.0", "223.255.255.255",
        "2606:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e", "2001:200::1", "2001:db9::1",
        "3ffe::1", "3fff:1000::1", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"})
    void publicAddressesAreAllowed(String address) throws UnknownHostException {
        assertThat(AddressPolicy.PUBLIC_ONLY.refusal(parse(address))).isEmpty();
    }

    /**
     * Java turns an IPv4-mapped IPv6 literal into an IPv4 address; built from its sixteen bytes it stays
     * IPv6, as it may come from a resolver or a socket, so the table tries the IPv6 reading.
     */
    private static InetAddress parse(String address) throws UnknownHostException {
        byte[] bytes = InetAddress.getByName(address).getAddress();
        if (address.startsWith("::ffff:")) {
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(bytes, 0, mapped, 12, 4);
            InetAddress sixteen = Inet6Address.getByAddress(null, mapped, -1);
            assertThat(sixteen.getAddress()).hasSize(16);
            return sixteen;
        }
        return InetAddress.getByAddress(bytes);
    }
}
