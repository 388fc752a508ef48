package dev.parley.llm.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearxngSettingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "http://searxng:8080, http://searxng:8080/search?q=a%20b&format=json",
        "' http://searxng:8080/ ', http://searxng:8080/search?q=a%20b&format=json",
        "https://example.org/searxng//, https://example.org/searxng/search?q=a%20b&format=json",
        "http://10.0.0.5, http://10.0.0.5/search?q=a%20b&format=json"})
    void theSearchUrlHangsUnderTheBaseUrl(String baseUrl, String searchUrl) {
        assertThat(SearxngSettings.of(baseUrl).searchUrl("a b").toString()).isEqualTo(searchUrl);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "searxng:8080", "ftp://searxng", "file:///etc/passwd", "http://user:secret@searxng",
        "http://searxng/?format=json", "http://searxng/#top"})
    void anythingButAPlainHttpUrlIsRefused(String baseUrl) {
        assertThatThrownBy(() -> SearxngSettings.of(baseUrl))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SearxNG address")
                .hasMessageNotContaining("secret");
    }

    @Test
    void limitsMustBeSensible() {
        SearxngSettings settings = SearxngSettings.of("http://searxng:8080");

        assertThatThrownBy(() -> settings.withMaxResults(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withMaxResults(51)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withMaxBodyBytes(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.withMaxResults(50).maxResults()).isEqualTo(50);
    }
}
