package dev.parley.llm.openai;

import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.http.SettingsRules;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Adapter settings: how to reach one OpenAI-compatible server and which of its models to offer.
 *
 * @param providerName the name users and errors see for this provider, e.g. {@code "openai"}
 * @param baseUrl the API root including its version, as the OpenAI SDKs take it, e.g.
 *     {@code https://api.openai.com/v1}; a trailing slash is tolerated
 * @param apiKey the bearer key, or null (or blank) to send no {@code Authorization} header
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout the longest silent gap between two bytes of a reply, which must suit a slow
 *     token stream; a non-streamed reply must produce its first byte within it too
 * @param discoveryTimeout the whole-call limit for listing models at startup
 * @param models model ids to offer whatever {@code GET /models} says (for servers without that
 *     endpoint, or to name a model it does not list); null means none; duplicates and blanks are dropped
 * @param discoverModels whether to ask {@code GET /models} at startup
 */
public record OpenAiSettings(
        String providerName,
        String baseUrl,
        String apiKey,
        Duration connectTimeout,
        Duration readTimeout,
        Duration discoveryTimeout,
        List<String> models,
        boolean discoverModels) {

    /** OpenAI's own API, for when only a key is configured. */
    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    public static final Duration DEFAULT_DISCOVERY_TIMEOUT = Duration.ofSeconds(5);

    public OpenAiSettings {
        providerName = SettingsRules.providerName(providerName);
        baseUrl = SettingsRules.baseUrl(providerName, baseUrl);
        apiKey = SettingsRules.apiKey(apiKey);
        SettingsRules.requireTimeouts(connectTimeout, readTimeout, discoveryTimeout);
        models = SettingsRules.modelNames(models);
    }

    /** Settings with default timeouts, no configured models, and discovery on. */
    public static OpenAiSettings of(String providerName, String baseUrl, String apiKey) {
        return new OpenAiSettings(providerName, baseUrl, apiKey, ProviderHttp.DEFAULT_CONNECT_TIMEOUT,
                ProviderHttp.DEFAULT_READ_TIMEOUT, DEFAULT_DISCOVERY_TIMEOUT, List.of(), true);
    }

    public OpenAiSettings withModels(List<String> modelIds) {
        return new OpenAiSettings(providerName, baseUrl, apiKey, connectTimeout, readTimeout,
                discoveryTimeout, modelIds, discoverModels);
    }

    public OpenAiSettings withTimeouts(Duration connect, Duration read, Duration discovery) {
        return new OpenAiSettings(providerName, baseUrl, apiKey, connect, read, discovery, models,
                discoverModels);
    }

    public OpenAiSettings withDiscovery(boolean discover) {
        return new OpenAiSettings(providerName, baseUrl, apiKey, connectTimeout, readTimeout,
                discoveryTimeout, models, discover);
    }

    HttpUrl endpoint(String path) {
        return HttpUrl.get(baseUrl + "/" + path);
    }

    /** Never shows the key, so settings can be logged. */
    @Override
    public String toString() {
        return "OpenAiSettings[providerName=" + providerName + ", baseUrl=" + HttpUrl.get(baseUrl).redact()
                + ", apiKey=" + (apiKey == null ? "none" : "(set)") + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", discoveryTimeout=" + discoveryTimeout
                + ", models=" + models + ", discoverModels=" + discoverModels + "]";
    }
}
