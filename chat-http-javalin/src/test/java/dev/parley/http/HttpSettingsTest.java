package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.http.support.RateLimits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void theDefaultsLimitAsSeed003DidWithFourStreamsNoTrustedProxyAndNoCors() {
        HttpSettings defaults = HttpSettings.defaults();

        assertThat(defaults.rateLimits()).isEqualTo(RateLimits.defaults());
        assertThat(defaults.maxConcurrentStreams()).isEqualTo(4);
        assertThat(defaults.trustedProxies()).isEmpty();
        assertThat(defaults.corsOrigins()).isEmpty();
        assertThat(new HttpSettings(Duration.ofSeconds(15), HttpSettings.DEFAULT_MAX_REQUEST_BODY_BYTES)).isEqualTo(defaults);
    }

    @Test
    void uploadsMayHoldTenMegabytesUnlessToldOtherwiseAndAtLeastOneByte() {
        assertThat(HttpSettings.defaults().maxUploadBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(HttpSettings.defaults().withMaxUploadBytes(1024).maxUploadBytes()).isEqualTo(1024);
        assertThat(HttpSettings.defaults().withMaxUploadBytes(1024).withCorsOrigins(List.of()).maxUploadBytes())
                .isEqualTo(1024);
        assertThatThrownBy(() -> HttpSettings.defaults().withMaxUploadBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corsOriginsAreKeptExactInLowerCaseWithoutATrailingSlash() {
        HttpSettings settings = HttpSettings.defaults().withCorsOrigins(List.of("https://Chat.Example.com/",
                "http://localhost:5173"));

        assertThat(settings.corsOrigins()).containsExactly("https://chat.example.com", "http://localhost:5173");
    }

    @Test
    void aWildcardNullOrPathIsNoCorsOrigin() {
        for (String origin : List.of("*", "null", "https://*.example.com", "https://example.com/app", "example.com", "")) {
            assertThatThrownBy(() -> HttpSettings.defaults().withCorsOrigins(List.of(origin)))
                    .as(origin).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void trustedProxiesMustBeAddressesOrCidrBlocks() {
        assertThat(HttpSettings.defaults().withTrustedProxies(List.of("10.0.0.0/8", "::1")).trustedProxies())
                .containsExactly("10.0.0.0/8", "::1");
        assertThatThrownBy(() -> HttpSettings.defaults().withTrustedProxies(List.of("proxy.local")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atLeastOneConcurrentStreamIsAllowed() {
        assertThatThrownBy(() -> HttpSettings.defaults().withMaxConcurrentStreams(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cookiesAreNotSecureAndThereIsNoPublicOriginUnlessSaid() {
        HttpSettings defaults = HttpSettings.defaults();

        assertThat(defaults.secureCookies()).isFalse();
        assertThat(defaults.publicOrigin()).isEmpty();
        assertThat(defaults.withSecureCookies(true).secureCookies()).isTrue();
    }

    @Test
    void ofAPublicUrlOnlyItsOriginIsKeptWithoutTheDefaultPort() {
        assertThat(HttpSettings.defaults().withPublicOrigin(Optional.of("HTTPS://Chat.Example.org:443/parley/"))
                .publicOrigin()).contains("https://chat.example.org");
        assertThat(HttpSettings.defaults().withPublicOrigin(Optional.of("http://localhost:8080")).publicOrigin())
                .contains("http://localhost:8080");
    }

    @Test
    void aPublicOriginMustBeAnHttpUrlWithAHost() {
        for (String url : List.of("chat.example.org", "ftp://chat.example.org", "https://", "null", "")) {
            assertThatThrownBy(() -> HttpSettings.defaults().withPublicOrigin(Optional.of(url)))
                    .as(url).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
