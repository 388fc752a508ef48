package dev.parley.llm.catalog;

import static dev.parley.llm.openai.FakeOpenAi.json;

import dev.parley.core.port.out.ModelCatalog;
import dev.parley.core.testing.ModelCatalogContract;
import dev.parley.llm.http.ProviderHttp;
import dev.parley.llm.openai.FakeOpenAi;
import dev.parley.llm.openai.Transcripts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The ModelCatalog contract, met by the catalog the composition root builds from a discovering provider. */
class DiscoveredModelCatalogContractTest extends ModelCatalogContract {

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Override
    protected ModelCatalog catalog() {
        fake.answerAlways(request -> json(200, Transcripts.read("models.json")));
        return ModelCatalogs.build(List.of(fake.settings("sk-test").withModels(List.of("gpt-4o", "o3-mini"))),
                Optional.empty(), http.client());
    }
}
