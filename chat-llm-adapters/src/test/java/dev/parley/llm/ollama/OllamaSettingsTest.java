package dev.parley.llm.ollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OllamaSettingsTest {

    @ParameterizedTest(name = "OLLAMA_HOST=\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void unsetHostMeansOllamasDefaultAddress(String host) {
        assertThat(OllamaSettings.of(host).baseUrl()).isEqualTo("http://127.0.0.1:11434");
    }

    // The same table as Ollama's own Python client, which reads OLLAMA_HOST like its Go CLI.
    @ParameterizedTest(name = "OLLAMA_HOST={0}")
    @CsvSource({
        "1.2.3.4, http://1.2.3.4:11434",
        ":56789, http://127.0.0.1:56789",
        "1.2.3.4:56789, http://1.2.3.4:56789",
        "http://1.2.3.4, http://1.2.3.4",
        "https://1.2.3.4, https://1.2.3.4",
        "https://1.2.3.4:56789, https://1.2.3.4:56789",
        "example.com, http://example.com:11434",
        "example.com:56789, http://example.com:56789",
        "http://example.com, http://example.com",
        "http://example.com:11434, http://example.com:11434",
        "https://example.com:56789, https://example.com:56789",
        "example.com/, http://example.com:11434",
        "example.com:56789/, http://example.com:56789",
        "example.com/path, http://example.com:11434/path",
        "https://example.com:56789/path/, https://example.com:56789/path",
        "localhost:11434, http://localhost:11434",
        "[::1], http://[::1]:11434",
        "[0001:002:003:0004::1]:56789, http://[1:2:3:4::1]:56789",
        "https://[::1]:56789/path, https://[::1]:56789/path",
        "HTTP://Example.COM:8080, http://example.com:8080"})
    void hostIsReadAsOllamasClientsReadIt(String host, String baseUrl) {
        assertThat(OllamaSettings.of(host).baseUrl()).isEqualTo(baseUrl);
    }

    @Test
    void normalisedAddressReadsTheSameAgain() {
        OllamaSettings settings = OllamaSettings.of("example.com/path/");

        assertThat(settings.withModels(List.of("llama3.2")).baseUrl()).isEqualTo(settings.baseUrl());
    }

    @ParameterizedTest(name = "OLLAMA_HOST={0}")
    @ValueSource(strings = {"ftp://example.com", "example.com:http", "example.com:0", "example.com:70000",
        "exa mple.com", "::1"})
    void addressThatIsNotAnOllamaHostIsRefusedByProviderAndValue(String host) {
        assertThatThrownBy(() -> OllamaSettings.of("local", host))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("local")
                .hasMessageContaining(host);
    }

    @Test
    void addressWithCredentialsIsRefusedWithoutRepeatingThem() {
        assertThatThrownBy(() -> OllamaSettings.of("http://admin:hunter2@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ollama")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void defaultsSuitALocalServerThatMayBeLoadingAModel() {
        OllamaSettings settings = OllamaSettings.of(null);

        assertThat(settings.providerName()).isEqualTo("ollama");
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.discoverModels()).isTrue();
        assertThat(settings.models()).isEmpty();
    }

    @Test
    void configuredModelsDropBlanksAndRepeatsButKeepTheirOrder() {
        OllamaSettings settings = OllamaSettings.of(null)
                .withModels(Arrays.asList(" llama3.2 ", "", null, "qwen2.5:7b", "llama3.2"));

        assertThat(settings.models()).isEqualTo(List.of("llama3.2", "qwen2.5:7b"));
    }

    @Test
    void timeoutsMustBePositive() {
        OllamaSettings settings = OllamaSettings.of(null);

        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, settings.readTimeout(),
                settings.discoveryTimeout())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
    }
}
