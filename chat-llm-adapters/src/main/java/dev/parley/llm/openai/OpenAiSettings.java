package dev.parley.llm.openai;

import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
        if (providerName == null || providerName.isBlank()) {
            throw new IllegalArgumentException("a provider needs a name");
        }
        providerName = providerName.strip();
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = stripTrailingSlashes(baseUrl.strip());
        if (HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException(
                    "the base URL of provider " + providerName + " is not an http(s) URL: " + baseUrl);
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(discoveryTimeout, "discoveryTimeout");
        models = models == null ? List.of() : models.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll)
                .stream()
                .toList();
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

    private static String stripTrailingSlashes(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
