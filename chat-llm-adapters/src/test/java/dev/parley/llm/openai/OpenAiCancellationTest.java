package dev.parley.llm.openai;

import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ChatModel;
import dev.parley.llm.http.FakeProvider;
import dev.parley.llm.http.ProviderCancellationContract;
import mockwebserver3.MockResponse;

class OpenAiCancellationTest extends ProviderCancellationContract {

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final OpenAiChatModel model = new OpenAiChatModel(fake.settings("sk-test"), http.client());

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
        return OpenAiChatModelTest.request(GenerationOptions.DEFAULTS);
    }

    @Override
    protected MockResponse firstPieceThenFiller(String piece) {
        return fake.heartbeatAfter(Transcripts.streamStart(piece));
    }

    @Override
    protected MockResponse wholeStream() {
        return FakeOpenAi.sse(Transcripts.read("chat-stream.sse"));
    }

    @Override
    protected String wholeStreamText() {
        return "Roses are red,\nviolets are blue.";
    }
}
