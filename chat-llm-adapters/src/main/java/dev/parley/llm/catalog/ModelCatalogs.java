package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.llm.http.ProviderHttp;
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
     * Builds the catalog. Each provider offers its configured models first, then those its
     * {@code GET /models} lists (when discovery is on; a provider that is down offers only its
     * configured ones). The default is {@code defaultModel} when present and not blank (a name no
     * provider listed is added to the first provider), else the first model of the first provider
     * that offers any, else {@code echo}.
     *
     * @param http the shared provider client, closed by the caller at shutdown
     * @throws IllegalArgumentException when {@code defaultModel} names a model nobody serves and no
     *     provider is configured to serve it
     */
    public static ModelCatalog build(List<OpenAiSettings> providers, Optional<String> defaultModel,
            ProviderHttp http) {
        return build(providers, defaultModel, http.client());
    }

    /** As {@link #build(List, Optional, ProviderHttp)}, on a client the caller manages. */
    public static ModelCatalog build(List<OpenAiSettings> providers, Optional<String> defaultModel,
            OkHttpClient http) {
        List<ProviderModels> offers = new ArrayList<>();
        for (OpenAiSettings settings : providers) {
            List<String> ids = new ArrayList<>(settings.models());
            if (settings.discoverModels()) {
                new OpenAiModelDiscovery(settings, http).discover().stream()
                        .map(ModelDescriptor::upstreamId)
                        .forEach(ids::add);
            }
            offers.add(new ProviderModels(settings.providerName(), new OpenAiChatModel(settings, http), ids));
        }
        ModelCatalog catalog = CatalogRules.assemble(offers, defaultModel);
        LOG.info("Model catalog: {} models from {} provider(s) and the built-in echo; default model {}",
                catalog.models().size(), providers.size(), catalog.defaultModel());
        return catalog;
    }
}
