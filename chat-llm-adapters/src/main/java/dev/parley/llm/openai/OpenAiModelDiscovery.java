package dev.parley.llm.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.openai.OpenAiWire.ModelEntry;
import dev.parley.llm.openai.OpenAiWire.ModelList;
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
 * Driven adapter: asks an OpenAI-compatible server which models it serves ({@code GET {baseUrl}/models})
 * so the catalog can offer them. Discovery must never stop the server from starting: a provider
 * that is down, slow, or answers something unreadable yields an empty list and a logged warning
 * (which names the provider and its redacted URL, never the key). Thread-safe.
 */
public final class OpenAiModelDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiModelDiscovery.class);

    private final OpenAiSettings settings;
    private final OkHttpClient client;
    private final HttpUrl modelsUrl;

    /** {@code http} is the shared client; the whole call is bounded by the settings' discovery timeout. */
    public OpenAiModelDiscovery(OpenAiSettings settings, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = ProviderHttp.tuned(http, settings.discoveryTimeout(), settings.discoveryTimeout(),
                settings.discoveryTimeout());
        this.modelsUrl = settings.endpoint("models");
    }

    /** The server's models in the order it listed them, named by their ids; empty when it cannot tell. */
    public List<ModelDescriptor> discover() {
        Request.Builder request = new Request.Builder().url(modelsUrl).header("Accept", "application/json").get();
        if (settings.apiKey() != null) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        try (Response response = client.newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                warn("it answered HTTP " + response.code());
                return List.of();
            }
            String body = OpenAiWire.bodyText(response.body());
            if (body == null) {
                warn("its answer is larger than 8 MiB");
                return List.of();
            }
            return descriptors(OpenAiWire.JSON.readValue(body, ModelList.class));
        } catch (JsonProcessingException e) {
            warn("its answer is not an OpenAI model list");
            return List.of();
        } catch (InterruptedIOException e) {
            // OkHttp reports its own timeouts this way; a socket timeout is one too.
            warn("it did not answer within " + settings.discoveryTimeout().toMillis() + " ms");
            return List.of();
        } catch (IOException e) {
            warn("it could not be reached (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
    }

    private List<ModelDescriptor> descriptors(ModelList list) {
        if (list == null || list.data() == null) {
            warn("its answer is not an OpenAI model list");
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

    private void warn(String problem) {
        LOG.warn("Could not list the models of provider {} at {}: {}; it offers only its configured models",
                settings.providerName(), modelsUrl.redact(), problem);
    }
}
