package dev.parley.llm.openai;

import static dev.parley.llm.openai.FakeOpenAi.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiModelDiscoveryTest {

    private final FakeOpenAi fake = FakeOpenAi.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void listsTheProvidersModelsInItsOrderNamedByTheirIds() {
        fake.enqueue(json(200, Transcripts.read("models.json")));

        assertThat(discovery("sk-test").discover()).containsExactly(
                new ModelDescriptor("gpt-4o-mini", "fake-openai", "gpt-4o-mini"),
                new ModelDescriptor("gpt-4o", "fake-openai", "gpt-4o"),
                new ModelDescriptor("text-embedding-3-small", "fake-openai", "text-embedding-3-small"),
                new ModelDescriptor("ft:gpt-4o-mini-2024-07-18:parley::A1b2C3d4", "fake-openai",
                        "ft:gpt-4o-mini-2024-07-18:parley::A1b2C3d4"));
        RecordedRequest request = fake.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test");
    }

    @Test
    void withoutApiKeyAsksWithoutAuthorization() {
        fake.enqueue(json(200, Transcripts.read("models.json")));

        discovery(null).discover();

        assertThat(fake.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void providerThatIsDownOffersNothingAndDoesNotThrow() {
        String deadUrl;
        try (FakeOpenAi gone = FakeOpenAi.start()) {
            deadUrl = gone.baseUrl();
        }

        assertThat(new OpenAiModelDiscovery(OpenAiSettings.of("gone", deadUrl, "sk-test"), http.client()).discover())
                .isEmpty();
    }

    @Test
    void providerWithoutAModelsEndpointOffersNothing() {
        fake.enqueue(json(404, "{\"detail\":\"Not Found\"}"));

        assertThat(discovery("sk-test").discover()).isEmpty();
    }

    @Test
    void refusedKeyOffersNothing() {
        fake.enqueue(json(401, Transcripts.read("error-401.json")));

        assertThat(discovery("sk-test").discover()).isEmpty();
    }

    @Test
    void garbageAnswerOffersNothing() {
        fake.enqueue(json(200, "<html>It works!</html>"));

        assertThat(discovery("sk-test").discover()).isEmpty();
    }

    @Test
    void answerOfAnotherShapeOffersNothing() {
        fake.enqueue(json(200, "{\"models\":[{\"name\":\"llama3\"}]}"));

        assertThat(discovery("sk-test").discover()).isEmpty();
    }

    @Test
    void providerTooSlowToAnswerOffersNothing() {
        fake.enqueue(fake.stallAfter(""));
        OpenAiSettings settings = fake.settings("sk-test");
        OpenAiSettings impatient = settings.withTimeouts(settings.connectTimeout(), settings.readTimeout(),
                Duration.ofMillis(300));

        assertThat(new OpenAiModelDiscovery(impatient, http.client()).discover()).isEmpty();
    }

    @Test
    void modelListTooLargeToHoldOffersNothing() {
        String padded = "{\"object\":\"list\",\"padding\":\"" + "p".repeat(8 * 1024 * 1024)
                + "\",\"data\":[{\"id\":\"gpt-4o\"}]}";
        fake.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .chunkedBody(padded, 64 * 1024).build());

        assertThat(discovery("sk-test").discover()).isEmpty();
    }

    private OpenAiModelDiscovery discovery(String apiKey) {
        return new OpenAiModelDiscovery(fake.settings(apiKey), http.client());
    }
}
