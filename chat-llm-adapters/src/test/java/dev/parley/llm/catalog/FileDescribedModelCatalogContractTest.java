package dev.parley.llm.catalog;

import dev.parley.core.port.out.ModelCatalog;
import dev.parley.core.testing.ModelCatalogContract;
import dev.parley.llm.echo.EchoChatModel;
import java.util.List;
import java.util.Optional;

/** The ModelCatalog contract, met by a catalog whose models have aliases from a catalog file. */
class FileDescribedModelCatalogContractTest extends ModelCatalogContract {

    @Override
    protected ModelCatalog catalog() {
        CatalogFile file = CatalogFile.parse("""
                {"models": [
                  {"name": "gpt-4o", "provider": "openai", "aliases": ["smart", "gpt4"], "fallbacks": ["llama3"]},
                  {"name": "llama3", "provider": "ollama", "aliases": ["local"]},
                  {"name": "echo", "provider": "builtin", "aliases": ["parrot"]}],
                 "default": "smart"}""", "contract.json");
        return ModelCatalogs.assemble(List.of(
                new ProviderOffer("openai", new EchoChatModel(), List.of(), () -> List.of("gpt-4o-mini", "smart")),
                new ProviderOffer("ollama", new EchoChatModel(), List.of(), List::of)),
                Optional.empty(), Optional.of(file));
    }
}
