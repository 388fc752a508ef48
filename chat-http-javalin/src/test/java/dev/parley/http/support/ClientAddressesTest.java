package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "2001:db8::/32"));

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverItForwards() {
        ClientAddresses direct = new ClientAddresses(List.of());

        assertThat(direct.resolve("192.0.2.10", List.of("203.0.113.7"))).isEqualTo(address("192.0.2.10"));
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() {
        assertThat(behindProxies.resolve("192.0.2.10", List.of("203.0.113.7"))).isEqualTo(address("192.0.2.10"));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        InetAddress client = behindProxies.resolve("10.0.0.2",
                List.of("198.51.100.66, 203.0.113.7, 10.0.0.1"));

        assertThat(client).isEqualTo(address("203.0.113.7"));
    }

    @Test
    void everyForwardedForHeaderIsReadInOrder() {
        InetAddress client = behindProxies.resolve("10.0.0.2", List.of("198.51.100.66", "203.0.113.7:4711"));

        assertThat(client).isEqualTo(address("203.0.113.7"));
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertThat(behindProxies.resolve("10.0.0.2", List.of("10.1.1.1, 10.0.0.1"))).isEqualTo(address("10.1.1.1"));
    }

    @Test
    void anEntryThatIsNotAnAddressEndsTheWalkAtTheLastTrustedHop() {
        assertThat(behindProxies.resolve("10.0.0.2", List.of("203.0.113.7, unknown, 10.0.0.1")))
                .isEqualTo(address("10.0.0.1"));
        assertThat(behindProxies.resolve("10.0.0.2", List.of("evil.example.com"))).isEqualTo(address("10.0.0.2"));
    }

    @Test
    void ipv6PeersAndHopsAreUnderstoodBracketedOrNot() {
        assertThat(behindProxies.resolve("[2001:db8::5]", List.of("[2001:db9::7]:443")))
                .isEqualTo(address("2001:db9::7"));
        assertThat(behindProxies.resolve("2001:db8::5", List.of("2001:db9::8"))).isEqualTo(address("2001:db9::8"));
    }

    @Test
    void aSingleAddressIsTrustedAsItself() {
        ClientAddresses one = new ClientAddresses(List.of("127.0.0.1"));

        assertThat(one.resolve("127.0.0.1", List.of("203.0.113.7"))).isEqualTo(address("203.0.113.7"));
        assertThat(one.resolve("127.0.0.2", List.of("203.0.113.7"))).isEqualTo(address("127.0.0.2"));
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressOrBlockIsRefusedWithoutLookingItUp() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.256"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddresses(List.of("abc:def"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlockHoldsExactlyTheAddressesUnderItsPrefix() {
        AddressRange block = AddressRange.parse("192.168.4.0/22");

        assertThat(block.contains(address("192.168.7.255"))).isTrue();
        assertThat(block.contains(address("192.168.8.0"))).isFalse();
        assertThat(block.contains(address("::ffff:192.168.5.1"))).isTrue();
        assertThat(block.contains(address("2001:db8::1"))).isFalse();
        assertThat(AddressRange.parse("0.0.0.0/0").contains(address("203.0.113.7"))).isTrue();
    }

    private static InetAddress address(String literal) {
        return IpLiterals.parse(literal).orElseThrow();
    }
}
