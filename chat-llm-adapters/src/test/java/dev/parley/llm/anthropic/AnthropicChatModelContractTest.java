package dev.parley.llm.anthropic;

import static dev.parley.llm.anthropic.FakeAnthropic.json;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.testing.ChatModelContract;
import dev.parley.llm.http.ProviderHttp;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The ChatModel contract, met by the Anthropic adapter against a loopback fake speaking Anthropic's wire format. */
class AnthropicChatModelContractTest extends ChatModelContract {

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Override
    protected ChatModel modelThatReplies(List<String> pieces, TokenUsage usage) {
        fake.answerAlways(AnthropicTranscripts.stream(pieces, usage),
                AnthropicTranscripts.message(String.join("", pieces), usage));
        return model();
    }

    @Override
    protected ChatModel modelThatFails(ProviderException.Kind kind) {
        int status = switch (kind) {
            case UNAVAILABLE -> 529;
            case RATE_LIMITED -> 429;
            case AUTHENTICATION -> 401;
            case REJECTED -> 400;
            default -> throw new IllegalArgumentException("no HTTP status stands for " + kind);
        };
        fake.answerAlways(request -> json(status, AnthropicTranscripts.read("error-" + status + ".json")));
        return model();
    }

    @Override
    protected ChatModel modelThatStallsAfter(String firstPiece) {
        fake.enqueue(fake.stallAfter(AnthropicTranscripts.streamStart(firstPiece)));
        return model();
    }

    private ChatModel model() {
        return new AnthropicChatModel(fake.settings("sk-ant-contract"), http.client());
    }
}
