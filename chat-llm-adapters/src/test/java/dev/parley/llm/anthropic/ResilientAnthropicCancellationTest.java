package dev.parley.llm.anthropic;

import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ChatModel;
import dev.parley.llm.http.FakeProvider;
import dev.parley.llm.http.ProviderCancellationContract;
import dev.parley.llm.resilience.ResilienceSettings;
import dev.parley.llm.resilience.ResilientChatModel;
import mockwebserver3.MockResponse;

/** Wrapping a provider in retries and time limits keeps every promise about cancellation. */
class ResilientAnthropicCancellationTest extends ProviderCancellationContract {

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final ChatModel model = new ResilientChatModel("fake-anthropic",
            new AnthropicChatModel(fake.settings("sk-ant-test"), http.client()), ResilienceSettings.defaults());

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
