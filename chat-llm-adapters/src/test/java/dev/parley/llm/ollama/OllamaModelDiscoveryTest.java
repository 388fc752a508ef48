package dev.parley.llm.ollama;

import static dev.parley.llm.ollama.FakeOllama.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.http.CapturedLog;
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaModelDiscoveryTest {

    private final FakeOllama fake = FakeOllama.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void listsThePulledModelsInTheServersOrderByTheirTaggedNames() {
        fake.enqueue(json(200, OllamaTranscripts.read("tags.json")));

        assertThat(discovery().discover()).containsExactly(
                new ModelDescriptor("llama3.2:latest", "fake-ollama", "llama3.2:latest"),
                new ModelDescriptor("qwen2.5:7b-instruct", "fake-ollama", "qwen2.5:7b-instruct"),
                new ModelDescriptor("nomic-embed-text:latest", "fake-ollama", "nomic-embed-text:latest"));
        RecordedRequest request = fake.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/tags");
    }

    @Test
    void entryWithoutANameIsListedByItsModelAndRepeatsOnce() {
        fake.enqueue(json(200, "{\"models\":[{\"model\":\"phi3:mini\"},{\"name\":\"phi3:mini\"},{\"name\":\" \"},"
                + "null,{\"size\":1}]}"));

        assertThat(discovery().discover())
                .containsExactly(new ModelDescriptor("phi3:mini", "fake-ollama", "phi3:mini"));
    }

    @Test
    void serverWithNoModelsPulledOffersNothing() {
        fake.enqueue(json(200, "{\"models\":[]}"));

        assertThat(discovery().discover()).isEmpty();
    }

    @Test
    void serverThatIsDownOffersNothingWithAWarningAndDoesNotThrow() {
        String deadHost;
        try (FakeOllama gone = FakeOllama.start()) {
            deadHost = gone.host();
        }

        try (CapturedLog log = CapturedLog.of(OllamaModelDiscovery.class)) {
            assertThat(new OllamaModelDiscovery(OllamaSettings.of("gone", deadHost), http.client()).discover())
                    .isEmpty();
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line)
                    .contains("gone").contains("/api/tags").contains("could not be reached"));
        }
    }

    @Test
    void serverAnsweringAnErrorOffersNothing() {
        fake.enqueue(json(500, OllamaTranscripts.read("error-500.json")));

        assertThat(discovery().discover()).isEmpty();
    }

    @Test
    void garbageAnswerOffersNothing() {
        fake.enqueue(json(200, "<html>It works!</html>"));

        assertThat(discovery().discover()).isEmpty();
    }

    @Test
    void answerOfAnotherShapeOffersNothing() {
        fake.enqueue(json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"llama3.2\"}]}"));

        try (CapturedLog log = CapturedLog.of(OllamaModelDiscovery.class)) {
            assertThat(discovery().discover()).isEmpty();
            assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("not an Ollama model list"));
        }
    }

    @Test
    void serverTooSlowToAnswerOffersNothing() {
        fake.enqueue(fake.stallAfter(""));
        OllamaSettings settings = fake.settings();
        OllamaSettings impatient = settings.withTimeouts(settings.connectTimeout(), settings.readTimeout(),
                Duration.ofMillis(300));

        assertThat(new OllamaModelDiscovery(impatient, http.client()).discover()).isEmpty();
    }

    @Test
    void modelListTooLargeToHoldOffersNothing() {
        String padded = "{\"padding\":\"" + "p".repeat(8 * 1024 * 1024) + "\",\"models\":[{\"name\":\"llama3.2\"}]}";
        fake.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .chunkedBody(padded, 64 * 1024).build());

        assertThat(discovery().discover()).isEmpty();
    }

    private OllamaModelDiscovery discovery() {
        return new OllamaModelDiscovery(fake.settings(), http.client());
    }
}
