package dev.parley.llm.openai;

import static dev.parley.llm.openai.FakeOpenAi.json;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.testing.ChatModelContract;
import dev.parley.llm.http.ProviderHttp;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The ChatModel contract, met by the OpenAI adapter against a loopback fake speaking OpenAI's wire format. */
class OpenAiChatModelContractTest extends ChatModelContract {

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Override
    protected ChatModel modelThatReplies(List<String> pieces, TokenUsage usage) {
        fake.answerAlways(Transcripts.stream(pieces, usage), Transcripts.completion(String.join("", pieces), usage));
        return model();
    }

    @Override
    protected ChatModel modelThatFails(ProviderException.Kind kind) {
        String transcript = switch (kind) {
            case UNAVAILABLE -> "error-500.json";
            case RATE_LIMITED -> "error-429.json";
            case AUTHENTICATION -> "error-401.json";
            case REJECTED -> "error-400.json";
            default -> throw new IllegalArgumentException("no HTTP status stands for " + kind);
        };
        int status = Integer.parseInt(transcript.substring("error-".length(), "error-".length() + 3));
        fake.answerAlways(request -> json(status, Transcripts.read(transcript)));
        return model();
    }

    @Override
    protected ChatModel modelThatStallsAfter(String firstPiece) {
        fake.enqueue(fake.stallAfter(Transcripts.streamStart(firstPiece)));
        return model();
    }

    private ChatModel model() {
        return new OpenAiChatModel(fake.settings("sk-contract"), http.client());
    }
}
