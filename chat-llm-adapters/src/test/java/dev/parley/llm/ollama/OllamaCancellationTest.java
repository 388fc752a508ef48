package dev.parley.llm.ollama;

import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ChatModel;
import dev.parley.llm.http.FakeProvider;
import dev.parley.llm.http.ProviderCancellationContract;
import mockwebserver3.MockResponse;

/** For Ollama, a model that is silent is one still loading: cancelling must not wait for it. */
class OllamaCancellationTest extends ProviderCancellationContract {

    private final FakeOllama fake = FakeOllama.start();
    private final OllamaChatModel model = new OllamaChatModel(fake.settings(), http.client());

    @Override
    protected FakeProvider fake() {
        return fake;
    }

    @Override
    protected ChatModel model() {
        return model;
    }

    @Override
    protected ModelRequest request() {
        return OllamaChatModelTest.request(GenerationOptions.DEFAULTS);
    }

    @Override
    protected MockResponse firstPieceThenFiller(String piece) {
        return fake.emptyPiecesAfter(OllamaTranscripts.piece(piece));
    }

    @Override
    protected MockResponse wholeStream() {
        return FakeOllama.ndjson(OllamaTranscripts.read("chat-stream.ndjson"));
    }

    @Override
    protected String wholeStreamText() {
        return OllamaTranscripts.REPLY;
    }
}
