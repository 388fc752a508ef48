package dev.parley.llm.anthropic;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.anthropic.AnthropicWire.ModelEntry;
import dev.parley.llm.anthropic.AnthropicWire.ModelList;
import dev.parley.llm.http.ModelListing;
import dev.parley.llm.http.ProviderHttp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: asks Anthropic which models the key may use ({@code GET {baseUrl}/v1/models}) so
 * the catalog can offer them. The list is paged: it asks for the largest page (1000) and follows
 * {@code has_more} with {@code after_id}, at most {@value #MAX_PAGES} pages; a page that fails ends
 * the list there. Discovery must never stop the server from starting: a provider that is down, slow,
 * or answers something unreadable yields an empty list and a logged warning (which names the
 * provider and its redacted URL, never the key).
 * Redirects are not followed, so the key never leaves for another host. Thread-safe.
 */
public final class AnthropicModelDiscovery {

    static final int PAGE_SIZE = 1000;
    static final int MAX_PAGES = 10;

    private final AnthropicSettings settings;
    private final HttpUrl modelsUrl;
    private final ModelListing listing;

    /** {@code http} is the shared client; each page's call is bounded by the settings' discovery timeout. */
    public AnthropicModelDiscovery(AnthropicSettings settings, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.modelsUrl = settings.endpoint("models");
        this.listing = new ModelListing(
                ProviderHttp.tuned(http, settings.discoveryTimeout(), settings.discoveryTimeout(),
                        settings.discoveryTimeout())
                        .newBuilder().followRedirects(false).followSslRedirects(false).build(),
                settings.providerName(), "at " + modelsUrl.redact(), settings.discoveryTimeout(),
                "an Anthropic model list", LoggerFactory.getLogger(AnthropicModelDiscovery.class));
    }

    /** The models in the order Anthropic listed them (newest first), named by their ids; empty when it cannot tell. */
    public List<ModelDescriptor> discover() {
        Set<String> ids = new LinkedHashSet<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ModelList list = page(after);
            if (list == null) {
                break;
            }
            for (ModelEntry entry : list.data()) {
                if (entry != null && entry.id() != null && !entry.id().isBlank()) {
                    ids.add(entry.id().strip());
                }
            }
            if (!Boolean.TRUE.equals(list.hasMore()) || list.lastId() == null || list.lastId().equals(after)) {
                break;
            }
            after = list.lastId();
        }
        return ids.stream().map(id -> new ModelDescriptor(id, settings.providerName(), id)).toList();
    }

    /** One page of the list, or null (with a warning logged) when it cannot be had. */
    private ModelList page(String afterId) {
        HttpUrl.Builder url = modelsUrl.newBuilder().addQueryParameter("limit", String.valueOf(PAGE_SIZE));
        if (afterId != null) {
            url.addQueryParameter("after_id", afterId);
        }
        Request.Builder request = new Request.Builder().url(url.build())
                .header("anthropic-version", AnthropicSettings.API_VERSION)
                .header("Accept", "application/json")
                .get();
        if (settings.apiKey() != null) {
            request.header("x-api-key", settings.apiKey());
        }
        return listing.fetch(request.build(), body -> {
            ModelList list = AnthropicWire.JSON.readValue(body, ModelList.class);
            return list == null || list.data() == null ? null : list;
        });
    }
}
