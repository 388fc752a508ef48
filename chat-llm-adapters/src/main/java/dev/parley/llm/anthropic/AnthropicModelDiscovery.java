package dev.parley.llm.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.anthropic.AnthropicWire.ModelEntry;
import dev.parley.llm.anthropic.AnthropicWire.ModelList;
import dev.parley.llm.http.ProviderHttp;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
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

    private static final Logger LOG = LoggerFactory.getLogger(AnthropicModelDiscovery.class);
    static final int PAGE_SIZE = 1000;
    static final int MAX_PAGES = 10;

    private final AnthropicSettings settings;
    private final OkHttpClient client;
    private final HttpUrl modelsUrl;

    /** {@code http} is the shared client; each page's call is bounded by the settings' discovery timeout. */
    public AnthropicModelDiscovery(AnthropicSettings settings, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = ProviderHttp.tuned(http, settings.discoveryTimeout(), settings.discoveryTimeout(),
                settings.discoveryTimeout()).newBuilder().followRedirects(false).followSslRedirects(false).build();
        this.modelsUrl = settings.endpoint("models");
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
        try (Response response = client.newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                return warn("it answered HTTP " + response.code());
            }
            String body = AnthropicWire.bodyText(response.body());
            if (body == null) {
                return warn("its answer is larger than 8 MiB");
            }
            ModelList list = AnthropicWire.JSON.readValue(body, ModelList.class);
            return list == null || list.data() == null ? warn("its answer is not an Anthropic model list") : list;
        } catch (JsonProcessingException e) {
            return warn("its answer is not an Anthropic model list");
        } catch (InterruptedIOException e) {
            // OkHttp reports its own timeouts this way; a socket timeout is one too.
            return warn("it did not answer within " + settings.discoveryTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return warn("it could not be reached (" + e.getClass().getSimpleName() + ")");
        }
    }

    private ModelList warn(String problem) {
        LOG.warn("Could not list the models of provider {} at {}: {}; it offers only its configured models",
                settings.providerName(), modelsUrl.redact(), problem);
        return null;
    }
}
