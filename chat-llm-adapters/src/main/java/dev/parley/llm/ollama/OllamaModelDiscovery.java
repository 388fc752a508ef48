package dev.parley.llm.ollama;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.http.ModelListing;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.ollama.OllamaWire.Tag;
import dev.parley.llm.ollama.OllamaWire.TagList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: asks an Ollama server which models it has pulled ({@code GET {baseUrl}/api/tags})
 * so the catalog can offer them, each under its tagged name (e.g. {@code llama3.2:latest}).
 * Discovery must never stop the server from starting: an Ollama that is down, slow, or answers
 * something unreadable yields an empty list and a logged warning. Thread-safe.
 */
public final class OllamaModelDiscovery {

    private final OllamaSettings settings;
    private final HttpUrl tagsUrl;
    private final ModelListing listing;

    /** {@code http} is the shared client; the whole call is bounded by the settings' discovery timeout. */
    public OllamaModelDiscovery(OllamaSettings settings, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tagsUrl = settings.endpoint("api/tags");
        // redact() drops the path and query too: a proxy in front of Ollama may carry a token there.
        this.listing = new ModelListing(
                ProviderHttp.tuned(http, settings.discoveryTimeout(), settings.discoveryTimeout(),
                        settings.discoveryTimeout()),
                settings.providerName(), "(GET /api/tags at " + tagsUrl.redact() + ")", settings.discoveryTimeout(),
                "an Ollama model list", LoggerFactory.getLogger(OllamaModelDiscovery.class));
    }

    /** The server's models in the order it listed them; empty when it cannot tell. */
    public List<ModelDescriptor> discover() {
        Request request = new Request.Builder().url(tagsUrl).header("Accept", "application/json").get().build();
        TagList list = listing.fetch(request, body -> {
            TagList parsed = OllamaWire.JSON.readValue(body, TagList.class);
            return parsed == null || parsed.models() == null ? null : parsed;
        });
        if (list == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Tag tag : list.models()) {
            String name = tag == null ? null : tag.name() != null && !tag.name().isBlank() ? tag.name() : tag.model();
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.stream().map(name -> new ModelDescriptor(name, settings.providerName(), name)).toList();
    }
}
