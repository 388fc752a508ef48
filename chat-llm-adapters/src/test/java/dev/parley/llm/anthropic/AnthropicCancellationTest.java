package dev.parley.llm.anthropic;

import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ChatModel;
import dev.parley.llm.http.FakeProvider;
import dev.parley.llm.http.ProviderCancellationContract;
import mockwebserver3.MockResponse;

class AnthropicCancellationTest extends ProviderCancellationContract {

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final AnthropicChatModel model = new AnthropicChatModel(fake.settings("sk-ant-test"), http.client());

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
        return AnthropicChatModelTest.request(GenerationOptions.DEFAULTS);
    }

    @Override
    protected MockResponse firstPieceThenFiller(String piece) {
        return fake.pingsAfter(AnthropicTranscripts.streamStart(piece));
    }

    @Override
    protected MockResponse wholeStream() {
        return FakeAnthropic.sse(AnthropicTranscripts.read("messages-stream.sse"));
    }

    @Override
    protected String wholeStreamText() {
        return FakeAnthropic.TRANSCRIPT_TEXT;
    }
}
