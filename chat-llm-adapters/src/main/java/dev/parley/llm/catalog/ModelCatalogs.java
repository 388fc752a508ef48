package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.llm.anthropic.AnthropicChatModel;
import dev.parley.llm.anthropic.AnthropicModelDiscovery;
import dev.parley.llm.anthropic.AnthropicSettings;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.ollama.OllamaChatModel;
import dev.parley.llm.ollama.OllamaModelDiscovery;
import dev.parley.llm.ollama.OllamaSettings;
import dev.parley.llm.ollama.RemoteImages;
import dev.parley.llm.openai.OpenAiChatModel;
import dev.parley.llm.openai.OpenAiModelDiscovery;
import dev.parley.llm.openai.OpenAiSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition-root entry: builds the server's model catalog from the configured providers, asking
 * each for its models once, at startup. Name clashes: the built-in {@code echo} always keeps its name;
 * otherwise the provider listed first wins (each clash is logged).
 */
public final class ModelCatalogs {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCatalogs.class);

    private ModelCatalogs() {
    }

    /**
     * Builds the catalog. Each provider offers its configured models first, then those its discovery
     * finds (a provider that is down offers only its configured ones). The default is
     * {@code defaultModel} when present and not blank (a name no provider listed is added to the first
     * provider), else the first model of the first provider that offers any, else {@code echo}.
     *
     * @throws IllegalArgumentException when {@code defaultModel} names a model nobody serves and no
     *     provider is configured to serve it
     */
    public static ModelCatalog assemble(List<ProviderOffer> offers, Optional<String> defaultModel) {
        return assemble(offers, defaultModel, Optional.empty());
    }

    /**
     * Builds the catalog as {@link #assemble(List, Optional)} does, with the models a catalog file
     * describes: each is offered by the provider the file names, with the file's profile (aliases,
     * fallbacks, window, defaults, capabilities), even when that provider's discovery did not list it
     * or failed; a discovered model of the same name takes the file's description; a discovered model
     * the file does not describe has {@code ModelProfile.UNKNOWN}. {@code defaultModel}, when present
     * and not blank, wins over the file's {@code default}; an alias stands for its model.
     *
     * @throws IllegalArgumentException naming the file, the model and the field, when the file names a
     *     provider that is not configured, a fallback or a default that is no model in the catalog
     */
    public static ModelCatalog assemble(List<ProviderOffer> offers, Optional<String> defaultModel,
            Optional<CatalogFile> file) {
        List<ProviderModels> providers = new ArrayList<>();
        for (ProviderOffer offer : offers) {
            List<String> ids = new ArrayList<>(offer.configuredModels());
            ids.addAll(offer.discovery().get());
            providers.add(new ProviderModels(offer.provider(), offer.model(), ids));
        }
        CatalogFile described = file.orElseGet(CatalogFile::empty);
        ModelCatalog catalog = CatalogRules.assemble(providers, defaultModel, described);
        LOG.info("Model catalog: {} models from {} provider(s), the built-in echo and {} described in {};"
                + " default model {}", catalog.models().size(), offers.size(), described.models().size(),
                described.source(), catalog.defaultModel());
        return catalog;
    }

    /** An OpenAI-compatible provider, on the shared provider client. */
    public static ProviderOffer openAi(OpenAiSettings settings, ProviderHttp http) {
        return openAi(settings, http.client());
    }

    static ProviderOffer openAi(OpenAiSettings settings, OkHttpClient http) {
        OpenAiModelDiscovery discovery = new OpenAiModelDiscovery(settings, http);
        return new ProviderOffer(settings.providerName(), new OpenAiChatModel(settings, http), settings.models(),
                () -> settings.discoverModels()
                        ? discovery.discover().stream().map(ModelDescriptor::upstreamId).toList()
                        : List.of());
    }

    /** An Ollama server's native API, on the shared provider client; it refuses images given as http(s) URLs. */
    public static ProviderOffer ollama(OllamaSettings settings, ProviderHttp http) {
        return ollama(settings, http, null);
    }

    /**
     * An Ollama server's native API, on the shared provider client, with images given as http(s) URLs
     * fetched by {@code remoteImages} (Ollama takes image bytes only); null refuses them.
     */
    public static ProviderOffer ollama(OllamaSettings settings, ProviderHttp http, RemoteImages remoteImages) {
        OllamaModelDiscovery discovery = new OllamaModelDiscovery(settings, http.client());
        return new ProviderOffer(settings.providerName(),
                new OllamaChatModel(settings, http.client(), remoteImages),
                settings.models(), () -> settings.discoverModels()
                        ? discovery.discover().stream().map(ModelDescriptor::upstreamId).toList()
                        : List.of());
    }

    /** Anthropic's Messages API, on the shared provider client. */
    public static ProviderOffer anthropic(AnthropicSettings settings, ProviderHttp http) {
        AnthropicModelDiscovery discovery = new AnthropicModelDiscovery(settings, http.client());
        return new ProviderOffer(settings.providerName(), new AnthropicChatModel(settings, http.client()),
                settings.models(), () -> settings.discoverModels()
                        ? discovery.discover().stream().map(ModelDescriptor::upstreamId).toList()
                        : List.of());
    }

    /** OpenAI-compatible providers only: {@link #assemble} of {@link #openAi} offers. */
    public static ModelCatalog build(List<OpenAiSettings> providers, Optional<String> defaultModel,
            ProviderHttp http) {
        return build(providers, defaultModel, http.client());
    }

    /** As {@link #build(List, Optional, ProviderHttp)}, on a client the caller manages. */
    public static ModelCatalog build(List<OpenAiSettings> providers, Optional<String> defaultModel,
            OkHttpClient http) {
        return assemble(providers.stream().map(settings -> openAi(settings, http)).toList(), defaultModel);
    }
}
