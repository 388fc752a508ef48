package dev.parley.llm.catalog;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.port.out.ModelBinding;
import dev.parley.llm.echo.EchoChatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that turn what each provider offers into a catalog: the built-in echo model is always
 * there and keeps its name; a name offered twice goes to the earlier provider; the default is the
 * requested model (added to the first provider when that provider did not list it), else the first
 * model of the first provider that has any, else echo.
 */
final class CatalogRules {

    private CatalogRules() {
    }

    static StaticModelCatalog assemble(List<ProviderModels> providers, Optional<String> requestedDefault) {
        Optional<String> wanted = requestedDefault.map(String::strip).filter(name -> !name.isEmpty());
        List<ModelBinding> bindings = new ArrayList<>();
        bindings.add(EchoChatModel.binding());
        for (ProviderModels provider : providers) {
            for (String id : provider.modelIds()) {
                bindings.add(bindingOf(provider, id));
            }
        }
        String defaultModel = wanted.orElseGet(() -> firstOffered(providers));
        boolean known = bindings.stream().anyMatch(b -> b.descriptor().name().equals(defaultModel));
        if (!known) {
            if (providers.isEmpty()) {
                throw new IllegalArgumentException("The default model '" + defaultModel
                        + "' is unknown: no model provider is configured, and the built-in model is '"
                        + EchoChatModel.NAME + "'");
            }
            bindings.add(bindingOf(providers.getFirst(), defaultModel));
        }
        return new StaticModelCatalog(bindings, defaultModel);
    }

    private static String firstOffered(List<ProviderModels> providers) {
        return providers.stream()
                .flatMap(provider -> provider.modelIds().stream())
                .findFirst()
                .orElse(EchoChatModel.NAME);
    }

    private static ModelBinding bindingOf(ProviderModels provider, String id) {
        return new ModelBinding(new ModelDescriptor(id, provider.provider(), id), provider.model());
    }
}
