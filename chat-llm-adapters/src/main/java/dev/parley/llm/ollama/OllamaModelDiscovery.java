package dev.parley.llm.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.ollama.OllamaWire.Tag;
import dev.parley.llm.ollama.OllamaWire.TagList;
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
 * Driven adapter: asks an Ollama server which models it has pulled ({@code GET {baseUrl}/api/tags})
 * so the catalog can offer them, each under its tagged name (e.g. {@code llama3.2:latest}).
 * Discovery must never stop the server from starting: an Ollama that is down, slow, or answers
 * something unreadable yields an empty list and a logged warning. Thread-safe.
 */
public final class OllamaModelDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(OllamaModelDiscovery.class);

    private final OllamaSettings settings;
    private final OkHttpClient client;
    private final HttpUrl tagsUrl;

    /** {@code http} is the shared client; the whole call is bounded by the settings' discovery timeout. */
    public OllamaModelDiscovery(OllamaSettings settings, OkHttpClient http) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = ProviderHttp.tuned(http, settings.discoveryTimeout(), settings.discoveryTimeout(),
                settings.discoveryTimeout());
        this.tagsUrl = settings.endpoint("api/tags");
    }

    /** The server's models in the order it listed them; empty when it cannot tell. */
    public List<ModelDescriptor> discover() {
        Request request = new Request.Builder().url(tagsUrl).header("Accept", "application/json").get().build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                warn("it answered HTTP " + response.code());
                return List.of();
            }
            String body = OllamaWire.bodyText(response.body());
            if (body == null) {
                warn("its answer is larger than 8 MiB");
                return List.of();
            }
            return descriptors(OllamaWire.JSON.readValue(body, TagList.class));
        } catch (JsonProcessingException e) {
            warn("its answer is not an Ollama model list");
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

    private List<ModelDescriptor> descriptors(TagList list) {
        if (list == null || list.models() == null) {
            warn("its answer is not an Ollama model list");
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

    private void warn(String problem) {
        // redact() drops the path and query too: a proxy in front of Ollama may carry a token there.
        LOG.warn("Could not list the models of provider {} (GET /api/tags at {}): {}; it offers only its "
                + "configured models", settings.providerName(), tagsUrl.redact(), problem);
    }
}
