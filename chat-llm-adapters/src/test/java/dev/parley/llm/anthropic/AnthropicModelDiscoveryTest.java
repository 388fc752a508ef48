package dev.parley.llm.anthropic;

import static dev.parley.llm.anthropic.FakeAnthropic.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.llm.http.CapturedLog;
import dev.parley.llm.http.ProviderHttp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicModelDiscoveryTest {

    private static final String KEY = "sk-ant-api03-discovery0123456789";

    private final FakeAnthropic fake = FakeAnthropic.start();
    private final ProviderHttp http = ProviderHttp.create();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void listsTheModelsInAnthropicsOrderNamedByTheirIds() {
        fake.enqueue(json(200, AnthropicTranscripts.read("models.json")));

        assertThat(discovery(KEY).discover()).containsExactly(
                new ModelDescriptor("claude-sonnet-4-20250514", "fake-anthropic", "claude-sonnet-4-20250514"),
                new ModelDescriptor("claude-3-7-sonnet-20250219", "fake-anthropic", "claude-3-7-sonnet-20250219"),
                new ModelDescriptor("claude-3-5-haiku-20241022", "fake-anthropic", "claude-3-5-haiku-20241022"));
    }

    @Test
    void asksWithTheKeyAndVersionHeadersForTheLargestPage() {
        fake.enqueue(json(200, AnthropicTranscripts.read("models.json")));

        discovery(KEY).discover();

        RecordedRequest request = fake.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("1000");
        assertThat(request.getUrl().queryParameter("after_id")).isNull();
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    }

    @Test
    void followsFurtherPagesAfterTheLastIdOfEach() {
        fake.enqueue(json(200, page(true, "claude-sonnet-4-20250514", "claude-3-7-sonnet-20250219")));
        fake.enqueue(json(200, page(false, "claude-3-5-haiku-20241022")));

        List<ModelDescriptor> models = discovery(KEY).discover();

        assertThat(models).extracting(ModelDescriptor::upstreamId).containsExactly(
                "claude-sonnet-4-20250514", "claude-3-7-sonnet-20250219", "claude-3-5-haiku-20241022");
        fake.takeRequest();
        assertThat(fake.takeRequest().getUrl().queryParameter("after_id")).isEqualTo("claude-3-7-sonnet-20250219");
    }

    @Test
    void laterPageThatFailsKeepsTheModelsAlreadyListed() {
        fake.enqueue(json(200, page(true, "claude-sonnet-4-20250514")));
        fake.enqueue(json(529, AnthropicTranscripts.read("error-529.json")));

        assertThat(discovery(KEY).discover()).extracting(ModelDescriptor::upstreamId)
                .containsExactly("claude-sonnet-4-20250514");
    }

    @Test
    void listThatClaimsMorePagesForeverStopsAtThePageLimit() {
        AtomicInteger pages = new AtomicInteger();
        fake.answerAlways(request -> json(200, page(true, "claude-page-" + pages.incrementAndGet())));

        assertThat(discovery(KEY).discover()).hasSize(AnthropicModelDiscovery.MAX_PAGES);
        assertThat(fake.requestCount()).isEqualTo(AnthropicModelDiscovery.MAX_PAGES);
    }

    @Test
    void withoutApiKeyAsksWithoutTheKeyHeader() {
        fake.enqueue(json(200, AnthropicTranscripts.read("models.json")));

        discovery(null).discover();

        assertThat(fake.takeRequest().getHeaders().get("x-api-key")).isNull();
    }

    @Test
    void providerThatIsDownOffersNothingAndWarnsWithoutTheKey() {
        String deadUrl;
        try (FakeAnthropic gone = FakeAnthropic.start()) {
            deadUrl = gone.baseUrl();
        }

        try (CapturedLog log = CapturedLog.of(AnthropicModelDiscovery.class)) {
            assertThat(new AnthropicModelDiscovery(AnthropicSettings.of(deadUrl, KEY), http.client()).discover())
                    .isEmpty();
            assertThat(log.warnings()).singleElement().satisfies(line -> assertThat(line)
                    .contains("anthropic").contains("could not be reached").doesNotContain(KEY));
        }
    }

    @Test
    void refusedKeyOffersNothing() {
        fake.enqueue(json(401, AnthropicTranscripts.read("error-401.json")));

        try (CapturedLog log = CapturedLog.of(AnthropicModelDiscovery.class)) {
            assertThat(discovery(KEY).discover()).isEmpty();
            assertThat(log.warnings()).singleElement().satisfies(line -> assertThat(line).contains("HTTP 401"));
        }
    }

    @Test
    void garbageAnswerOffersNothing() {
        fake.enqueue(json(200, "<html>It works!</html>"));

        assertThat(discovery(KEY).discover()).isEmpty();
    }

    @Test
    void answerOfAnotherShapeOffersNothing() {
        fake.enqueue(json(200, "{\"models\":[{\"name\":\"llama3\"}]}"));

        assertThat(discovery(KEY).discover()).isEmpty();
    }

    @Test
    void providerTooSlowToAnswerOffersNothing() {
        fake.enqueue(fake.stallAfter(""));
        AnthropicSettings settings = fake.settings(KEY);
        AnthropicSettings impatient = settings.withTimeouts(settings.connectTimeout(), settings.readTimeout(),
                Duration.ofMillis(300));

        assertThat(new AnthropicModelDiscovery(impatient, http.client()).discover()).isEmpty();
    }

    private AnthropicModelDiscovery discovery(String apiKey) {
        return new AnthropicModelDiscovery(fake.settings(apiKey), http.client());
    }

    private static String page(boolean hasMore, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.isEmpty() ? "" : ",").append("{\"type\":\"model\",\"id\":\"").append(id)
                    .append("\",\"display_name\":\"Claude\",\"created_at\":\"2025-05-22T00:00:00Z\"}");
        }
        return "{\"data\":[" + data + "],\"has_more\":" + hasMore + ",\"first_id\":\"" + ids[0]
                + "\",\"last_id\":\"" + ids[ids.length - 1] + "\"}";
    }
}
