package dev.parley.llm.http;

import static dev.parley.llm.openai.FakeOpenAi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.message.Role;
import dev.parley.core.domain.model.GenerationOptions;
import dev.parley.core.domain.model.ModelRequest;
import dev.parley.core.domain.model.PromptMessage;
import dev.parley.llm.openai.FakeOpenAi;
import dev.parley.llm.openai.OpenAiChatModel;
import dev.parley.llm.openai.Transcripts;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProviderHttpTest {

    private static final ModelRequest REQUEST = new ModelRequest("gpt-4o-mini",
            List.of(new PromptMessage(Role.USER, "Hello")), GenerationOptions.DEFAULTS);

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void requestWhoseConnectionDropsIsNeverSentTwice() {
        String completion = Transcripts.read("chat-completion.json");
        fake.enqueue(json(200, completion));
        fake.enqueue(new MockResponse.Builder(json(200, completion))
                .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
                .build());
        fake.enqueue(json(200, completion));
        OpenAiChatModel model = new OpenAiChatModel(fake.settings("sk-test"), http.client());
        model.generate(REQUEST, new CancellationSignal());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> model.generate(REQUEST, new CancellationSignal()));

        assertThat(failure).as("a silent retry would have succeeded").isNotNull();
        assertThat(failure.kind()).isEqualTo(ProviderException.Kind.UNAVAILABLE);
        assertThat(fake.requestCount()).isEqualTo(2);
    }

    @Test
    void providersShareOneConnectionPoolAndDispatcher() {
        OkHttpClient tuned = ProviderHttp.tuned(http.client(), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ZERO);

        assertThat(tuned.connectionPool()).isSameAs(http.client().connectionPool());
        assertThat(tuned.dispatcher()).isSameAs(http.client().dispatcher());
        assertThat(tuned.retryOnConnectionFailure()).isFalse();
        assertThat(tuned.connectTimeoutMillis()).isEqualTo(1000);
        assertThat(tuned.readTimeoutMillis()).isEqualTo(2000);
        assertThat(tuned.callTimeoutMillis()).isZero();
    }
}
