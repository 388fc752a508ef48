package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.TokenUsage;
import dev.parley.core.domain.model.ModelReply;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.port.out.ChatModel;
import dev.parley.core.port.out.TokenSink;
import dev.parley.core.service.ChatCore;
import dev.parley.core.testing.InMemoryModelCatalog;
import dev.parley.core.testing.MutableClock;
import dev.parley.core.testing.TestCore;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import dev.parley.http.TestPorts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatCompletionTest {

    private static final String WHOLE = """
            {"messages": [{"role": "user", "content": "Hi there"}], "stream": false}""";

    private RunningApi api;
    private String token;

    @BeforeEach
    void start() {
        api = RunningApi.start();
        token = api.core().tokenFor("alice");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void streamFalseAnswersOneChatCompletionWithItsSession() {
        api.core().model().replyWith(List.of("Hello", " you"), new TokenUsage(7, 2));

        ApiResponse response = api.post("/v1/chat/stream", WHOLE, token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode body = response.json();
        String sessionId = response.header("X-Session-Id");
        assertThat(body.path("session_id").asText()).isEqualTo(sessionId);
        assertThat(body.path("object").asText()).isEqualTo("chat.completion");
        assertThat(body.path("created").asLong()).isEqualTo(MutableClock.START.getEpochSecond());
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("choices").toString()).isEqualTo("""
                [{"index":0,"message":{"role":"assistant","content":"Hello you"},"finish_reason":"stop"}]""");
        assertThat(body.path("usage").toString()).isEqualTo("""
                {"prompt_tokens":7,"completion_tokens":2,"total_tokens":9}""");
        JsonNode stored = api.get("/v1/chat/sessions/" + sessionId, token).json().path("messages").get(1);
        assertThat(body.path("id").isTextual()).isTrue();
        assertThat(body.path("id").asText()).isEqualTo(stored.path("id").asText());
    }

    @Test
    void streamFalseAnswersTheWholeReplyText() {
        ApiResponse response = api.post("/v1/chat/stream", WHOLE, token);

        assertThat(response.json().path("choices").get(0).path("message").path("content").asText())
                .isEqualTo("echo: Hi there");
    }

    @Test
    void streamFalseTellsTheProvidersFinishReasonAndCountsUsageWhenTheProviderReportedNone() {
        try (RunningApi truncating = serving(new ModelReply("Cut sho", null, "length"))) {
            ApiResponse response = truncating.post("/v1/chat/stream", WHOLE, truncating.core().tokenFor("alice"));

            assertThat(response.status()).isEqualTo(200);
            JsonNode body = response.json();
            assertThat(body.path("choices").get(0).path("finish_reason").asText()).isEqualTo("length");
            // Counted by the core's tokenizer (in tests: one token per word) since the provider gave none.
            assertThat(body.path("usage").path("completion_tokens").asInt()).isEqualTo(2);
            assertThat(body.path("usage").path("prompt_tokens").asInt()).isPositive();
        }
    }

    @Test
    void streamFalseSaysStopWhenTheProviderGaveNoFinishReason() {
        try (RunningApi silent = serving(new ModelReply("Done.", new TokenUsage(3, 2), null))) {
            ApiResponse response = silent.post("/v1/chat/stream", WHOLE, silent.core().tokenFor("alice"));

            assertThat(response.json().path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
            assertThat(response.json().path("usage").path("total_tokens").asInt()).isEqualTo(5);
        }
    }

    @Test
    void streamFalseWithAFailingProviderAnswers502WithItsMessage() {
        api.core().model().failNextWith(new ProviderException(ProviderException.Kind.UNAVAILABLE, "scripted", 503,
                "The model provider is unavailable"));

        ApiResponse response = api.post("/v1/chat/stream", WHOLE, token);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.detail()).isEqualTo("The model provider is unavailable");
    }

    @Test
    void streamFalseWithAProviderTimeoutAnswers504() {
        api.core().model().failNextWith(new ProviderException(ProviderException.Kind.TIMEOUT, "scripted", 0,
                "The model provider did not answer in time"));

        ApiResponse response = api.post("/v1/chat/stream", WHOLE, token);

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.detail()).isEqualTo("The model provider did not answer in time");
    }

    /** A server whose every model answers {@code reply} whole, on a fresh in-memory core. */
    private static RunningApi serving(ModelReply reply) {
        ChatModel fixed = new ChatModel() {
            @Override
            public ModelReply generate(ModelRequest request, CancellationSignal cancellation) {
                return reply;
            }

            @Override
            public ModelReply stream(ModelRequest request, TokenSink sink, CancellationSignal cancellation) {
                sink.accept(reply.text());
                return reply;
            }
        };
        TestCore core = TestCore.create();
        return RunningApi.start(core, ChatCore.wire(TestPorts.withModels(core.ports(),
                InMemoryModelCatalog.of(fixed, "fixed", TestCore.DEFAULT_MODEL))));
    }
}
