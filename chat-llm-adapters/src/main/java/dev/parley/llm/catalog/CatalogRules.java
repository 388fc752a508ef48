package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.llm.echo.EchoChatModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules that turn what each provider offers, and what the catalog file describes, into a
 * catalog: the built-in echo model is always there and keeps its name; a model the file describes is
 * always offered, by the provider the file names, with the file's profile, whether or not discovery
 * listed it; a discovered name the file describes or uses as an alias gives way to the file; any other
 * name offered twice goes to the earlier provider; a model the file does not describe has no profile.
 * The default is the requested model (added to the first provider when nobody offers it), else the
 * file's default, else the first model of the first provider that has any, else echo; an alias
 * stands for its model.
 */
final class CatalogRules {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRules.class);

    private CatalogRules() {
    }

    static StaticModelCatalog assemble(List<ProviderModels> providers, Optional<String> requestedDefault) {
        return assemble(providers, requestedDefault, CatalogFile.empty());
    }

    static StaticModelCatalog assemble(List<ProviderModels> providers, Optional<String> requestedDefault,
            CatalogFile file) {
        checkProviders(providers, file);
        Map<String, ModelDescriptor> described = new HashMap<>();
        Map<String, String> aliases = new HashMap<>();
        for (ModelDescriptor model : file.models()) {
            described.put(model.name(), model);
            model.profile().aliases().forEach(alias -> aliases.put(alias, model.name()));
        }
        List<ModelBinding> bindings = new ArrayList<>();
        ModelDescriptor echo = described.getOrDefault(EchoChatModel.NAME, EchoChatModel.DESCRIPTOR);
        bindings.add(new ModelBinding(echo, EchoChatModel.binding().model()));
        Set<String> served = new HashSet<>();
        for (ProviderModels provider : providers) {
            if (served.add(provider.provider())) {
                file.models().stream().filter(model -> model.provider().equals(provider.provider()))
                        .forEach(model -> bindings.add(new ModelBinding(model, provider.model())));
            }
            for (String id : provider.modelIds()) {
                if (aliases.containsKey(id)) {
                    LOG.warn("Model {} of provider {} is not offered: the catalog file makes {} an alias of {}",
                            id, provider.provider(), id, aliases.get(id));
                } else if (!described.containsKey(id)) {
                    bindings.add(bindingOf(provider, id));
                } else if (!described.get(id).provider().equals(provider.provider())) {
                    LOG.warn("Model {} is offered by provider {}, but the catalog file gives it to provider {}",
                            id, provider.provider(), described.get(id).provider());
                }
            }
        }
        String defaultModel = defaultModel(providers, requestedDefault, file, bindings, aliases);
        checkFallbacks(file, bindings, aliases);
        return new StaticModelCatalog(bindings, defaultModel);
    }

    private static String defaultModel(List<ProviderModels> providers, Optional<String> requestedDefault,
            CatalogFile file, List<ModelBinding> bindings, Map<String, String> aliases) {
        Optional<String> fromFile = file.defaultModel().map(name -> aliases.getOrDefault(name, name));
        if (fromFile.isPresent() && !offers(bindings, fromFile.get())) {
            throw file.error("the file", "\"default\": \"" + fromFile.get() + "\" is not a model in the catalog");
        }
        Optional<String> wanted = requestedDefault.map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> aliases.getOrDefault(name, name));
        if (wanted.isPresent()) {
            String name = wanted.get();
            if (!offers(bindings, name)) {
                if (providers.isEmpty()) {
                    throw new IllegalArgumentException("The default model '" + name
                            + "' is unknown: no model provider is configured, and the built-in model is '"
                            + EchoChatModel.NAME + "'");
                }
                bindings.add(bindingOf(providers.getFirst(), name));
            }
            return name;
        }
        return fromFile.orElseGet(() -> bindings.stream().map(binding -> binding.descriptor().name())
                .filter(name -> !name.equals(EchoChatModel.NAME))
                .findFirst()
                .orElse(EchoChatModel.NAME));
    }

    private static void checkProviders(List<ProviderModels> providers, CatalogFile file) {
        Set<String> configured = new LinkedHashSet<>();
        configured.add(EchoChatModel.PROVIDER);
        providers.forEach(provider -> configured.add(provider.provider()));
        for (ModelDescriptor model : file.models()) {
            if (!configured.contains(model.provider())) {
                throw file.error("model \"" + model.name() + "\"", "\"provider\": \"" + model.provider()
                        + "\" is not a configured provider (configured: " + String.join(", ", configured) + ")");
            }
        }
    }

    /**
     * A fallback naming no model is dropped from nothing (the core skips names it cannot resolve) but
     * is reported: it is most often a model only discovery lists, missing because its provider is down,
     * and a provider that is down must not stop the server from starting.
     */
    private static void checkFallbacks(CatalogFile file, List<ModelBinding> bindings, Map<String, String> aliases) {
        for (ModelDescriptor model : file.models()) {
            List<String> unknown = model.profile().fallbacks().stream()
                    .filter(name -> !aliases.containsKey(name) && !offers(bindings, name))
                    .toList();
            if (!unknown.isEmpty()) {
                LOG.warn("Model catalog file {}: model \"{}\": fallbacks {} name no model in the catalog and will be"
                        + " skipped (is their provider down? describe fallbacks in the file to keep them)",
                        file.source(), model.name(), unknown);
            }
        }
    }

    private static boolean offers(List<ModelBinding> bindings, String name) {
        return bindings.stream().anyMatch(binding -> binding.descriptor().name().equals(name));
    }

    private static ModelBinding bindingOf(ProviderModels provider, String id) {
        return new ModelBinding(new ModelDescriptor(id, provider.provider(), id), provider.model());
    }
}
