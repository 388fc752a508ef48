package dev.parley.llm.anthropic;

import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.http.SettingsRules;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Adapter settings: how to reach Anthropic's Messages API (or a server that speaks it) and which of
 * its models to offer.
 *
 * @param providerName the name users and errors see for this provider, normally {@code "anthropic"}
 * @param baseUrl the API root without its version, as {@code ANTHROPIC_BASE_URL} gives it, e.g.
 *     {@code https://api.anthropic.com}; the adapter calls {@code {baseUrl}/v1/messages} and
 *     {@code {baseUrl}/v1/models}; a trailing slash is tolerated
 * @param apiKey the key sent as {@code x-api-key}, or null (or blank) to send none (for a local proxy)
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout the longest silent gap between two bytes of a reply; Anthropic's {@code ping}
 *     events keep a healthy but slow stream inside it; a non-streamed reply must produce its first
 *     byte within it too
 * @param discoveryTimeout the whole-call limit for listing models at startup
 * @param defaultMaxTokens the {@code max_tokens} sent when a request sets none, because Anthropic
 *     requires one; at least 1
 * @param models model ids to offer whatever {@code GET /v1/models} says; null means none; duplicates
 *     and blanks are dropped
 * @param discoverModels whether to ask {@code GET /v1/models} at startup
 */
public record AnthropicSettings(
        String providerName,
        String baseUrl,
        String apiKey,
        Duration connectTimeout,
        Duration readTimeout,
        Duration discoveryTimeout,
        int defaultMaxTokens,
        List<String> models,
        boolean discoverModels) {

    public static final String PROVIDER_NAME = "anthropic";
    /** Anthropic's own API, for when {@code ANTHROPIC_BASE_URL} is not set. */
    public static final String ANTHROPIC_BASE_URL = "https://api.anthropic.com";
    /** The Messages API version every request names in its {@code anthropic-version} header. */
    public static final String API_VERSION = "2023-06-01";
    /** Enough for a chat answer of several paragraphs; a request or the catalog may ask for more. */
    public static final int DEFAULT_MAX_TOKENS = 1024;
    public static final Duration DEFAULT_DISCOVERY_TIMEOUT = Duration.ofSeconds(5);

    public AnthropicSettings {
        providerName = SettingsRules.providerName(providerName);
        baseUrl = SettingsRules.baseUrl(providerName,
                baseUrl == null || baseUrl.isBlank() ? ANTHROPIC_BASE_URL : baseUrl);
        apiKey = SettingsRules.apiKey(apiKey);
        SettingsRules.requireTimeouts(connectTimeout, readTimeout, discoveryTimeout);
        if (defaultMaxTokens < 1) {
            throw new IllegalArgumentException("defaultMaxTokens must be at least 1");
        }
        models = SettingsRules.modelNames(models);
    }

    /**
     * Settings for provider {@code "anthropic"} with default timeouts and max tokens, no configured
     * models, and discovery on. A null or blank {@code baseUrl} means {@link #ANTHROPIC_BASE_URL}.
     */
    public static AnthropicSettings of(String baseUrl, String apiKey) {
        return of(PROVIDER_NAME, baseUrl, apiKey);
    }

    /** As {@link #of(String, String)}, under another provider name (a second account, a proxy). */
    public static AnthropicSettings of(String providerName, String baseUrl, String apiKey) {
        return new AnthropicSettings(providerName, baseUrl, apiKey, ProviderHttp.DEFAULT_CONNECT_TIMEOUT,
                ProviderHttp.DEFAULT_READ_TIMEOUT, DEFAULT_DISCOVERY_TIMEOUT, DEFAULT_MAX_TOKENS, List.of(), true);
    }

    public AnthropicSettings withModels(List<String> modelIds) {
        return new AnthropicSettings(providerName, baseUrl, apiKey, connectTimeout, readTimeout,
                discoveryTimeout, defaultMaxTokens, modelIds, discoverModels);
    }

    public AnthropicSettings withTimeouts(Duration connect, Duration read, Duration discovery) {
        return new AnthropicSettings(providerName, baseUrl, apiKey, connect, read, discovery, defaultMaxTokens,
                models, discoverModels);
    }

    public AnthropicSettings withDefaultMaxTokens(int maxTokens) {
        return new AnthropicSettings(providerName, baseUrl, apiKey, connectTimeout, readTimeout,
                discoveryTimeout, maxTokens, models, discoverModels);
    }

    public AnthropicSettings withDiscovery(boolean discover) {
        return new AnthropicSettings(providerName, baseUrl, apiKey, connectTimeout, readTimeout,
                discoveryTimeout, defaultMaxTokens, models, discover);
    }

    /** {@code path} under the versioned root, e.g. {@code "messages"} for {@code {baseUrl}/v1/messages}. */
    HttpUrl endpoint(String path) {
        return HttpUrl.get(baseUrl + "/v1/" + path);
    }

    /** Never shows the key, so settings can be logged. */
    @Override
    public String toString() {
        return "AnthropicSettings[providerName=" + providerName + ", baseUrl=" + HttpUrl.get(baseUrl).redact()
                + ", apiKey=" + (apiKey == null ? "none" : "(set)") + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", discoveryTimeout=" + discoveryTimeout
                + ", defaultMaxTokens=" + defaultMaxTokens + ", models=" + models
                + ", discoverModels=" + discoverModels + "]";
    }
}
