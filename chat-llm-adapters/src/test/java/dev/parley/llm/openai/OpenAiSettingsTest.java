package dev.parley.llm.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

    @Test
    void printedSettingsNeverShowTheKey() {
        OpenAiSettings settings = OpenAiSettings.of("openai", "https://api.openai.com/v1", "sk-secret-123");

        assertThat(settings.toString()).doesNotContain("sk-secret-123").contains("openai");
    }

    @Test
    void trailingSlashesOfTheBaseUrlAreIgnored() {
        assertThat(OpenAiSettings.of("openai", "https://api.openai.com/v1//", null).baseUrl())
                .isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void blankKeyMeansNoKey() {
        assertThat(OpenAiSettings.of("local", "http://127.0.0.1:11434/v1", "  ").apiKey()).isNull();
    }

    @Test
    void baseUrlThatIsNotHttpIsRefusedByName() {
        assertThatThrownBy(() -> OpenAiSettings.of("local", "localhost:11434", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("local")
                .hasMessageContaining("localhost:11434");
    }

    @Test
    void configuredModelsDropBlanksAndRepeatsButKeepTheirOrder() {
        OpenAiSettings settings = OpenAiSettings.of("openai", "https://api.openai.com/v1", null)
                .withModels(Arrays.asList(" gpt-4o ", "", null, "gpt-4o-mini", "gpt-4o"));

        assertThat(settings.models()).isEqualTo(List.of("gpt-4o", "gpt-4o-mini"));
    }
}
