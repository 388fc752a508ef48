package dev.parley.llm.ollama;

import static dev.parley.llm.ollama.FakeOllama.json;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.testing.ChatModelContract;
import dev.parley.llm.http.ProviderHttp;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The ChatModel contract, met by the Ollama adapter against a loopback fake speaking Ollama's native wire format. */
class OllamaChatModelContractTest extends ChatModelContract {

    private final FakeOllama fake = FakeOllama.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Override
    protected ChatModel modelThatReplies(List<String> pieces, TokenUsage usage) {
        fake.answerAlways(OllamaTranscripts.stream(pieces, usage),
                OllamaTranscripts.reply(String.join("", pieces), usage));
        return model();
    }

    @Override
    protected ChatModel modelThatFails(ProviderException.Kind kind) {
        String transcript = switch (kind) {
            case UNAVAILABLE -> "error-500.json";
            case RATE_LIMITED -> "error-429.json";
            case AUTHENTICATION -> "error-401.json";
            case REJECTED -> "error-404-model-not-found.json";
            default -> throw new IllegalArgumentException("no HTTP status stands for " + kind);
        };
        int status = Integer.parseInt(transcript.substring("error-".length(), "error-".length() + 3));
        fake.answerAlways(request -> json(status, OllamaTranscripts.read(transcript)));
        return model();
    }

    @Override
    protected ChatModel modelThatStallsAfter(String firstPiece) {
        fake.enqueue(fake.stallAfter(OllamaTranscripts.piece(firstPiece)));
        return model();
    }

    private ChatModel model() {
        return new OllamaChatModel(fake.settings(), http.client());
    }
}
