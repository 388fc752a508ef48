package dev.parley.llm.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AnthropicSettingsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void withoutBaseUrlTheProviderIsAnthropicsOwnApi(String baseUrl) {
        AnthropicSettings settings = AnthropicSettings.of(baseUrl, "sk-ant-key");

        assertThat(settings.providerName()).isEqualTo("anthropic");
        assertThat(settings.baseUrl()).isEqualTo("https://api.anthropic.com");
        assertThat(settings.endpoint("messages").toString()).isEqualTo("https://api.anthropic.com/v1/messages");
        assertThat(settings.endpoint("models").toString()).isEqualTo("https://api.anthropic.com/v1/models");
        assertThat(settings.defaultMaxTokens()).isEqualTo(1024);
        assertThat(settings.discoverModels()).isTrue();
    }

    @Test
    void customBaseUrlKeepsItsPathAndLosesTrailingSlashes() {
        AnthropicSettings settings = AnthropicSettings.of("http://127.0.0.1:8080/anthropic//", null);

        assertThat(settings.endpoint("messages").toString()).isEqualTo("http://127.0.0.1:8080/anthropic/v1/messages");
    }

    @Test
    void printedSettingsNeverShowTheKey() {
        AnthropicSettings settings = AnthropicSettings.of(null, "sk-ant-secret-123");

        assertThat(settings.toString()).doesNotContain("sk-ant-secret-123").contains("anthropic").contains("(set)");
    }

    @Test
    void blankKeyMeansNoKey() {
        assertThat(AnthropicSettings.of(null, "  ").apiKey()).isNull();
    }

    @Test
    void baseUrlThatIsNotHttpIsRefusedByName() {
        assertThatThrownBy(() -> AnthropicSettings.of("claude-proxy", "localhost:8080", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claude-proxy")
                .hasMessageContaining("localhost:8080");
    }

    @Test
    void defaultMaxTokensBelowOneIsRefused() {
        assertThatThrownBy(() -> AnthropicSettings.of(null, null).withDefaultMaxTokens(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaultMaxTokens");
    }

    @Test
    void configuredModelsDropBlanksAndRepeatsButKeepTheirOrder() {
        AnthropicSettings settings = AnthropicSettings.of(null, null)
                .withModels(Arrays.asList(" claude-sonnet-4-20250514 ", "", null, "claude-3-5-haiku-latest",
                        "claude-sonnet-4-20250514"));

        assertThat(settings.models()).isEqualTo(List.of("claude-sonnet-4-20250514", "claude-3-5-haiku-latest"));
    }
}
