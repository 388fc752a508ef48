package dev.parley.core.testing;

import dev.parley.core.port.out.ModelCatalog;

/** The in-memory catalog honours the ModelCatalog contract. */
class InMemoryModelCatalogTest extends ModelCatalogContract {

    @Override
    protected ModelCatalog catalog() {
        return InMemoryModelCatalog.of(new ScriptedChatModel(), "scripted", "zeta", "alpha", "mid");
    }
}
