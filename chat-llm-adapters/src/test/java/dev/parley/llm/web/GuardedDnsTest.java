package dev.parley.llm.web;

import static dev.parley.llm.web.FetchTestPolicies.resolver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardedDnsTest {

    private final GuardedDns dns = new GuardedDns(resolver(Map.of(
            "public.example.com", List.of("93.184.215.14", "2606:4700::1111"),
            "mixed.example.com", List.of("93.184.215.14", "2606:4700::1111", "192.168.1.10"),
            "nothing.example.com", List.of())), AddressPolicy.PUBLIC_ONLY);

    @Test
    void aNameWithOnlyPublicAddressesResolvesToAllOfThem() throws UnknownHostException {
        assertThat(dns.lookup("public.example.com")).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.215.14", "2606:4700:0:0:0:0:0:1111");
    }

    @Test
    void oneNonPublicAddressAmongPublicOnesRefusesTheWholeName() {
        assertThatThrownBy(() -> dns.lookup("mixed.example.com")).isInstanceOfSatisfying(RefusedAddress.class,
                refused -> assertThat(refused.reason()).isEqualTo("a private address"));
    }

    @Test
    void aNameWithoutAddressesDoesNotResolve() {
        assertThatThrownBy(() -> dns.lookup("nothing.example.com")).isInstanceOf(UnknownHostException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"127.0.0.1", "127.1", "2130706433", "0", "::1", "::ffff:10.0.0.1", "fe80::1"})
    void aHostThatIsAnAddressIsJudgedWithoutAnyResolver(String host) {
        assertThatThrownBy(() -> dns.checkIfLiteral(host)).isInstanceOf(RefusedAddress.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"8.8.8.8", "2606:4700::1111", "example.com", "127.0.0.1.example.com"})
    void aPublicAddressOrANameIsLeftToTheLookup(String host) throws UnknownHostException {
        dns.checkIfLiteral(host);
    }
}
