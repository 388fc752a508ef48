package dev.parley.llm.openai;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.http.ModelListing;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.openai.OpenAiWire.ModelEntry;
import dev.parley.llm.openai.OpenAiWire.ModelList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: asks an OpenAI-compatible server which models it serves ({@code GET {baseUrl}/models})
 * so the catalog can offer them. Discovery must never stop the server from starting: a provider
 * that is down, slow, or answers something unreadable yields an empty list and a logged warning
 * (which names the provider and its redacted URL, never the key). Thread-safe.
 */
public final class OpenAiModelDiscovery {

    private final OpenAiSettings settings;
    private final HttpUrl modelsUrl;
    private final ModelListing listing;

    /** {@code http} is the shared client; the whole call is bounded by the settings' discovery timeout. */
    public OpenAiModelDiscovery(OpenAiSettings settings, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.modelsUrl = settings.endpoint("models");
        this.listing = new ModelListing(
                ProviderHttp.tuned(http, settings.discoveryTimeout(), settings.discoveryTimeout(),
                        settings.discoveryTimeout()),
                settings.providerName(), "at " + modelsUrl.redact(), settings.discoveryTimeout(),
                "an OpenAI model list", LoggerFactory.getLogger(OpenAiModelDiscovery.class));
    }

    /** The server's models in the order it listed them, named by their ids; empty when it cannot tell. */
    public List<ModelDescriptor> discover() {
        Request.Builder request = new Request.Builder().url(modelsUrl).header("Accept", "application/json").get();
        if (settings.apiKey() != null) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        ModelList list = listing.fetch(request.build(), body -> {
            ModelList parsed = OpenAiWire.JSON.readValue(body, ModelList.class);
            return parsed == null || parsed.data() == null ? null : parsed;
        });
        if (list == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (ModelEntry entry : list.data()) {
            if (entry != null && entry.id() != null && !entry.id().isBlank()) {
                ids.add(entry.id());
            }
        }
        return ids.stream().map(id -> new ModelDescriptor(id, settings.providerName(), id)).toList();
    }
}
