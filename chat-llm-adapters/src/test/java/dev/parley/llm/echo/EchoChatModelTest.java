package dev.parley.llm.echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Echo cannot take ChatModelContract's three abstract methods (it never fails, never stalls, and
 * its text and usage follow from the request), so its own tests cover the same promises.
 */
class EchoChatModelTest {

    private static final String SAID = "  Hello,\tworld!\n\nSecond  line ✓ ";

    private final EchoChatModel echo = new EchoChatModel();

    @Test
    void streamsTheLastUserMessageWordByWordKeepingEveryWhitespace() {
        List<String> pieces = new ArrayList<>();

        ModelReply reply = echo.stream(request(GenerationOptions.DEFAULTS), pieces::add, new CancellationSignal());

        assertThat(pieces).containsExactly("  Hello,\t", "world!\n\n", "Second  ", "line ", "✓ ");
        assertThat(reply.text()).isEqualTo(SAID).isEqualTo(String.join("", pieces));
        assertThat(reply.finishReason()).isEqualTo("stop");
    }

    @Test
    void usageCountsWordsOfThePromptAndOfTheReply() {
        ModelReply reply = echo.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal());

        // Prompt: "Be brief." (2) + "Earlier question" (2) + "Earlier answer" (2) + the 5 words said.
        assertThat(reply.usage()).isEqualTo(new TokenUsage(11, 5));
    }

    @Test
    void generateGivesTheSameReplyAsAStream() {
        ModelReply streamed = echo.stream(request(GenerationOptions.DEFAULTS), piece -> { }, new CancellationSignal());

        assertThat(echo.generate(request(GenerationOptions.DEFAULTS), new CancellationSignal())).isEqualTo(streamed);
    }

    @Test
    void maxTokensCutsTheReplyAfterThatManyWords() {
        ModelReply reply = echo.generate(request(new GenerationOptions(null, 2)), new CancellationSignal());

        assertThat(reply).isEqualTo(new ModelReply("  Hello,\tworld!\n\n", new TokenUsage(11, 2), "length"));
    }

    @Test
    void withoutAUserMessageTheReplyIsEmpty() {
        ModelRequest request = new ModelRequest("echo", List.of(new PromptMessage(Role.SYSTEM, "Be brief.")),
                GenerationOptions.DEFAULTS);
        List<String> pieces = new ArrayList<>();

        ModelReply reply = echo.stream(request, pieces::add, new CancellationSignal());

        assertThat(pieces).isEmpty();
        assertThat(reply).isEqualTo(new ModelReply("", new TokenUsage(2, 0), "stop"));
    }

    @Test
    void signalCancelledBeforehandGivesNoText() {
        CancellationSignal cancelled = new CancellationSignal();
        cancelled.cancel();
        List<String> pieces = new ArrayList<>();

        assertThatThrownBy(() -> echo.stream(request(GenerationOptions.DEFAULTS), pieces::add, cancelled))
                .isInstanceOf(CancelledException.class);
        assertThat(pieces).isEmpty();
    }

    @Test
    void cancellingMidStreamStopsBeforeTheNextPiece() {
        CancellationSignal signal = new CancellationSignal();
        List<String> pieces = new ArrayList<>();

        assertThatThrownBy(() -> echo.stream(request(GenerationOptions.DEFAULTS), piece -> {
            pieces.add(piece);
            signal.cancel();
        }, signal)).isInstanceOf(CancelledException.class);
        assertThat(pieces).containsExactly("  Hello,\t");
    }

    @Test
    void exceptionFromTheSinkEscapesUnchanged() {
        IllegalStateException clientGone = new IllegalStateException("client gone");

        assertThatThrownBy(() -> echo.stream(request(GenerationOptions.DEFAULTS), piece -> {
            throw clientGone;
        }, new CancellationSignal())).isSameAs(clientGone);
    }

    @Test
    void bindingOffersEchoAsTheBuiltInProvider() {
        assertThat(EchoChatModel.binding().descriptor().name()).isEqualTo("echo");
        assertThat(EchoChatModel.binding().descriptor().provider()).isEqualTo("builtin");
    }

    private static ModelRequest request(GenerationOptions options) {
        return new ModelRequest("echo", List.of(
                new PromptMessage(Role.SYSTEM, "Be brief."),
                new PromptMessage(Role.USER, "Earlier question"),
                new PromptMessage(Role.ASSISTANT, "Earlier answer"),
                new PromptMessage(Role.USER, SAID)), options);
    }
}
