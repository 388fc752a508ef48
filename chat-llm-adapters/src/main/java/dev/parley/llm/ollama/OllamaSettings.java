package dev.parley.llm.ollama;

import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.http.SettingsRules;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Adapter settings: how to reach one Ollama server through its native API and which of its models
 * to offer.
 *
 * @param providerName the name users and errors see for this provider, normally {@link #PROVIDER_NAME}
 * @param baseUrl the server's address in any form {@code OLLAMA_HOST} accepts: {@code host},
 *     {@code host:port}, {@code :port} or a URL, with an optional path for a server behind a
 *     reverse proxy; null or blank means {@code http://127.0.0.1:11434}. It is kept normalised, e.g.
 *     {@code "localhost:11434"} becomes {@code "http://localhost:11434"}
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout the longest silent gap between two bytes of a reply. Ollama sends nothing
 *     while it loads a model into memory, which can take minutes for a large model on a slow disk,
 *     so the default ({@link #DEFAULT_READ_TIMEOUT}, five minutes, as Ollama's own
 *     {@code OLLAMA_LOAD_TIMEOUT}) is generous; it applies to every gap of a stream, not only the first
 * @param discoveryTimeout the whole-call limit for listing models at startup
 * @param models model names to offer whatever {@code GET /api/tags} says (e.g. a model not pulled
 *     yet); null means none; duplicates and blanks are dropped
 * @param discoverModels whether to ask {@code GET /api/tags} at startup
 */
public record OllamaSettings(
        String providerName,
        String baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration discoveryTimeout,
        List<String> models,
        boolean discoverModels) {

    public static final String PROVIDER_NAME = "ollama";
    public static final String DEFAULT_BASE_URL = OllamaHost.DEFAULT_BASE_URL;
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_DISCOVERY_TIMEOUT = Duration.ofSeconds(5);

    public OllamaSettings {
        providerName = SettingsRules.providerName(providerName);
        try {
            baseUrl = OllamaHost.baseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the address of provider " + providerName + " is "
                    + e.getMessage(), e.getCause());
        }
        SettingsRules.requireTimeouts(connectTimeout, readTimeout, discoveryTimeout);
        models = SettingsRules.modelNames(models);
    }

    /** Settings for provider {@code "ollama"} at {@code host} (e.g. the value of {@code OLLAMA_HOST}, or null). */
    public static OllamaSettings of(String host) {
        return of(PROVIDER_NAME, host);
    }

    /** Settings with default timeouts, no configured models, and discovery on. */
    public static OllamaSettings of(String providerName, String host) {
        return new OllamaSettings(providerName, host, ProviderHttp.DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_DISCOVERY_TIMEOUT, List.of(), true);
    }

    public OllamaSettings withModels(List<String> modelNames) {
        return new OllamaSettings(providerName, baseUrl, connectTimeout, readTimeout, discoveryTimeout,
                modelNames, discoverModels);
    }

    public OllamaSettings withTimeouts(Duration connect, Duration read, Duration discovery) {
        return new OllamaSettings(providerName, baseUrl, connect, read, discovery, models, discoverModels);
    }

    public OllamaSettings withDiscovery(boolean discover) {
        return new OllamaSettings(providerName, baseUrl, connectTimeout, readTimeout, discoveryTimeout,
                models, discover);
    }

    HttpUrl endpoint(String path) {
        return HttpUrl.get(baseUrl + "/" + path);
    }
}
