package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

    @Test
    void withNothingSetTheServerIsLocalOnPort8000WithDataInDotData() {
        Settings settings = new SettingsLoader(Map.of(), Map.of()).load();

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8000);
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(settings.database()).isEmpty();
        assertThat(settings.openAi()).isEmpty();
        assertThat(settings.jwtSecret()).isEmpty();
        assertThat(settings.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void systemPropertiesOverrideTheEnvironmentAndBlankMeansUnset() {
        Settings settings = new SettingsLoader(
                Map.of("PARLEY_PORT", "8000", "OPENAI_BASE_URL", "http://127.0.0.1:9/v1", "OPENAI_API_KEY", "sk-secret",
                        "PARLEY_MODELS", " gpt-a , ,gpt-b", "PARLEY_DEFAULT_MODEL", "  "),
                Map.of("PARLEY_PORT", "9001")).load();

        assertThat(settings.port()).isEqualTo(9001);
        assertThat(settings.openAi()).hasValueSatisfying(p -> {
            assertThat(p.baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
            assertThat(p.apiKey()).contains("sk-secret");
        });
        assertThat(settings.models()).containsExactly("gpt-a", "gpt-b");
        assertThat(settings.defaultModel()).isEmpty();
    }

    @Test
    void aPostgresUrlSelectsAnExternalDatabase() {
        Settings settings = new SettingsLoader(Map.of("PARLEY_DB_URL", "jdbc:postgresql://127.0.0.1/parley",
                "PARLEY_DB_USER", "parley", "PARLEY_DB_PASSWORD", "pw"), Map.of()).load();

        assertThat(settings.database()).hasValueSatisfying(db -> assertThat(db.url()).startsWith("jdbc:postgresql:"));
    }

    @Test
    void secretsNeverAppearInTheSettingsAsLogged() {
        Settings settings = new SettingsLoader(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:9/v1",
                "OPENAI_API_KEY", "sk-very-secret", "PARLEY_JWT_SECRET", "jwt-very-secret-jwt-very-secret-123",
                "PARLEY_DB_URL", "jdbc:postgresql://127.0.0.1/parley", "PARLEY_DB_PASSWORD", "db-very-secret"),
                Map.of()).load();

        assertThat(settings.toString()).doesNotContain("sk-very-secret", "jwt-very-secret", "db-very-secret");
    }

    @Test
    void aKeyWithoutABaseUrlMeansOpenAisOwnApi() {
        Settings settings = new SettingsLoader(Map.of("OPENAI_API_KEY", "sk-x"), Map.of()).load();

        assertThat(settings.openAi()).hasValueSatisfying(p -> assertThat(p.baseUrl()).isEqualTo("https://api.openai.com/v1"));
    }

    @Test
    void modelsWithoutAProviderAreRefusedAtStartRatherThanIgnored() {
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_MODELS", "gpt-4o"), Map.of()).load())
                .hasMessageContaining("OPENAI_BASE_URL");
    }

    @Test
    void credentialsInsideConfiguredUrlsNeverAppearInTheSettingsAsLogged() {
        Settings settings = new SettingsLoader(Map.of(
                "PARLEY_DB_URL", "jdbc:postgresql://db.internal/parley?user=u&password=hunter2",
                "OPENAI_BASE_URL", "http://user:pw@127.0.0.1:9/v1?api-key=k123"), Map.of()).load();

        assertThat(settings.toString()).doesNotContain("hunter2", "user:pw", "k123")
                .contains("jdbc:postgresql://db.internal/parley", "127.0.0.1:9/v1");
    }

    @Test
    void aDatabaseUrlCarryingItsOwnCredentialsNeedsNoUserOrPassword() {
        Settings settings = new SettingsLoader(Map.of(
                "PARLEY_DB_URL", "jdbc:postgresql://127.0.0.1/parley?user=u&password=p"), Map.of()).load();

        assertThat(settings.database()).hasValueSatisfying(db -> {
            assertThat(db.user()).isEmpty();
            assertThat(db.password()).isEmpty();
        });
    }

    @Test
    void theFirstAdminNeedsBothANameAndAPasswordAndThePasswordIsNeverShown() {
        Settings settings = new SettingsLoader(Map.of("PARLEY_ADMIN_USERNAME", "root",
                "PARLEY_ADMIN_PASSWORD", "root-very-secret"), Map.of()).load();

        assertThat(settings.admin()).hasValueSatisfying(admin -> assertThat(admin.username()).isEqualTo("root"));
        assertThat(settings.toString()).contains("root").doesNotContain("root-very-secret");
        assertThat(new SettingsLoader(Map.of(), Map.of()).load().admin()).isEmpty();
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_ADMIN_USERNAME", "root"), Map.of()).load())
                .hasMessageContaining("PARLEY_ADMIN_PASSWORD");
    }

    @Test
    void proxiesOriginsStreamCapAndRateLimitsComeFromTheEnvironment() {
        Settings.Web web = new SettingsLoader(Map.of("PARLEY_TRUSTED_PROXIES", "10.0.0.0/8, ::1",
                "PARLEY_CORS_ORIGINS", "https://chat.example.org", "PARLEY_MAX_CONCURRENT_STREAMS", "2",
                "PARLEY_RATE_LIMITS", "OFF"), Map.of()).load().web();

        assertThat(web.trustedProxies()).containsExactly("10.0.0.0/8", "::1");
        assertThat(web.corsOrigins()).containsExactly("https://chat.example.org");
        assertThat(web.maxConcurrentStreams()).isEqualTo(2);
        assertThat(web.rateLimits()).isFalse();
        assertThat(new SettingsLoader(Map.of(), Map.of()).load().web()).isEqualTo(Settings.Web.defaults());
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_RATE_LIMITS", "maybe"), Map.of()).load())
                .hasMessageContaining("PARLEY_RATE_LIMITS");
    }

    @Test
    void eachRouteClassLimitCanBeChangedOrLiftedByName() {
        Settings.Web web = new SettingsLoader(Map.of("PARLEY_RATE_LIMITS", "reply=20/min, register=off, login=5/h"),
                Map.of()).load().web();

        assertThat(web.rateLimits()).isTrue();
        assertThat(web.rateLimitOverrides()).containsExactly(
                new Settings.RateLimitOverride("reply", 20, Duration.ofMinutes(1)),
                new Settings.RateLimitOverride("register", 0, null),
                new Settings.RateLimitOverride("login", 5, Duration.ofHours(1)));
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_RATE_LIMITS", "replies=20/min"), Map.of()).load())
                .hasMessageContaining("unknown route class 'replies'");
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_RATE_LIMITS", "reply=fast"), Map.of()).load())
                .hasMessageContaining("PARLEY_RATE_LIMITS");
    }

    @Test
    void singleUserModeIsOffUnlessAskedForByName() {
        assertThat(new SettingsLoader(Map.of(), Map.of()).load().singleUser()).isFalse();
        assertThat(new SettingsLoader(Map.of("PARLEY_AUTH", "none"), Map.of()).load().singleUser()).isTrue();
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_AUTH", "off"), Map.of()).load())
                .hasMessageContaining("PARLEY_AUTH");
    }

    @Test
    void singleUserModeAnswersOnlyThisMachinesNamesUnlessToldOtherwise() {
        Settings single = new SettingsLoader(Map.of("PARLEY_AUTH", "none", "PARLEY_HOST", "0.0.0.0",
                "PARLEY_PUBLIC_URL", "https://me.example.org"), Map.of()).load();
        Settings multi = new SettingsLoader(Map.of(), Map.of()).load();
        Settings told = new SettingsLoader(Map.of("PARLEY_AUTH", "none", "PARLEY_ALLOWED_HOSTS", "box.lan"),
                Map.of()).load();

        assertThat(single.web().allowedHosts()).containsExactly("localhost", "127.0.0.1", "::1", "me.example.org");
        assertThat(multi.web().allowedHosts()).isEmpty();
        assertThat(told.web().allowedHosts()).containsExactly("box.lan");
    }

    @Test
    void aPublicUrlMustBeAnHttpUrl() {
        assertThat(new SettingsLoader(Map.of("PARLEY_PUBLIC_URL", "https://chat.example.org"), Map.of()).load()
                .publicUrl()).hasValueSatisfying(uri -> assertThat(uri.getScheme()).isEqualTo("https"));
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_PUBLIC_URL", "chat.example.org"), Map.of()).load())
                .hasMessageContaining("PARLEY_PUBLIC_URL");
    }

    @Test
    void ollamaAndAnthropicAreConfiguredByTheirOwnVariablesAndTheirKeyIsNeverShown() {
        Settings none = new SettingsLoader(Map.of(), Map.of()).load();
        Settings both = new SettingsLoader(Map.of("OLLAMA_HOST", "127.0.0.1:11434",
                "ANTHROPIC_API_KEY", "sk-ant-very-secret"), Map.of()).load();
        Settings elsewhere = new SettingsLoader(Map.of("ANTHROPIC_API_KEY", "k",
                "ANTHROPIC_BASE_URL", "http://127.0.0.1:9"), Map.of()).load();

        assertThat(none.ollamaHost()).isEmpty();
        assertThat(none.anthropic()).isEmpty();
        assertThat(both.ollamaHost()).contains("127.0.0.1:11434");
        assertThat(both.anthropic()).hasValueSatisfying(a -> assertThat(a.baseUrl()).isEqualTo("https://api.anthropic.com"));
        assertThat(both.toString()).doesNotContain("sk-ant-very-secret");
        assertThat(elsewhere.anthropic()).hasValueSatisfying(a -> assertThat(a.baseUrl()).isEqualTo("http://127.0.0.1:9"));
    }

    @Test
    void huggingFaceIsConfiguredByItsTokenAndTheTokenIsNeverShown() {
        Settings hf = new SettingsLoader(Map.of("HF_TOKEN", "hf_very_secret"), Map.of()).load();

        assertThat(hf.huggingFace()).hasValueSatisfying(p -> assertThat(p.baseUrl()).isEqualTo("https://router.huggingface.co/v1"));
        assertThat(hf.toString()).doesNotContain("hf_very_secret");
        assertThat(new SettingsLoader(Map.of(), Map.of()).load().huggingFace()).isEmpty();
    }

    @Test
    void aPortThatIsNotANumberIsExplained() {
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_PORT", "eighty"), Map.of()).load())
                .hasMessageContaining("PARLEY_PORT");
    }

    @Test
    void theCatalogFileSearchEngineTimeoutsAndAttemptsAreReadWithTheirDefaults() {
        Settings.Inference defaults = new SettingsLoader(Map.of(), Map.of()).load().inference();
        Settings.Inference set = new SettingsLoader(Map.of("PARLEY_MODELS_FILE", "/etc/parley/models.json",
                "PARLEY_SEARCH_URL", "http://searx.internal:8080", "PARLEY_CONNECT_TIMEOUT_SECONDS", "3",
                "PARLEY_FIRST_TOKEN_TIMEOUT_SECONDS", "120", "PARLEY_IDLE_TIMEOUT_SECONDS", "20",
                "PARLEY_REPLY_TIMEOUT_SECONDS", "900", "PARLEY_PROVIDER_ATTEMPTS", "1",
                "PARLEY_RETRY_DEADLINE_SECONDS", "5"), Map.of()).load().inference();

        assertThat(defaults).isEqualTo(Settings.Inference.defaults());
        assertThat(defaults.firstTokenTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(set.modelsFile()).contains(Path.of("/etc/parley/models.json"));
        assertThat(set.searchUrl()).hasValueSatisfying(url -> assertThat(url.getHost()).isEqualTo("searx.internal"));
        assertThat(set).extracting(Settings.Inference::connectTimeout, Settings.Inference::firstTokenTimeout,
                Settings.Inference::idleTimeout, Settings.Inference::totalTimeout, Settings.Inference::attempts,
                Settings.Inference::retryDeadline).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(120),
                Duration.ofSeconds(20), Duration.ofSeconds(900), 1, Duration.ofSeconds(5));
    }

    @Test
    void badInferenceAndStorageSettingsStopStartUpNamingTheVariable() {
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_SEARCH_URL", "ftp://x"), Map.of()).load())
                .hasMessageContaining("PARLEY_SEARCH_URL");
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_IDLE_TIMEOUT_SECONDS", "0"), Map.of()).load())
                .hasMessageContaining("PARLEY_IDLE_TIMEOUT_SECONDS");
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_PROVIDER_ATTEMPTS", "11"), Map.of()).load())
                .hasMessageContaining("PARLEY_PROVIDER_ATTEMPTS");
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_BLOBS", "s3"), Map.of()).load())
                .hasMessageContaining("PARLEY_BLOBS");
        assertThatThrownBy(() -> new SettingsLoader(Map.of("PARLEY_MAX_UPLOAD_BYTES", "ten"), Map.of()).load())
                .hasMessageContaining("PARLEY_MAX_UPLOAD_BYTES");
    }

    @Test
    void filesLiveUnderTheDataDirectoryUpTo10MbUnlessToldOtherwise() {
        Settings.Storage defaults = new SettingsLoader(Map.of(), Map.of()).load().storage();
        Settings.Storage set = new SettingsLoader(Map.of("PARLEY_BLOBS", "Database", "PARLEY_MAX_UPLOAD_BYTES", "2048"),
                Map.of()).load().storage();

        assertThat(defaults).isEqualTo(new Settings.Storage(false, 10L * 1024 * 1024));
        assertThat(set).isEqualTo(new Settings.Storage(true, 2048));
    }
}
