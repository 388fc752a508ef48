package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.domain.model.ModelCapability;
import dev.parley.core.domain.model.ModelProfile;
import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelEndpointsTest {

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void modelsAreListedInOpenaisShapeWithTheirProviderAsOwnerAndNullForWhatTheCatalogDoesNotKnow() {
        ApiResponse response = api.get("/v1/models", api.core().tokenFor("alice"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("""
                {"object":"list","data":[\
                {"id":"other-model","object":"model","created":0,"owned_by":"scripted","provider":"scripted",\
                "capabilities":["chat","streaming"],"context_window":null,"aliases":[],"fallbacks":[],\
                "default_max_tokens":null,"default_temperature":null},\
                {"id":"test-model","object":"model","created":0,"owned_by":"scripted","provider":"scripted",\
                "capabilities":["chat","streaming"],"context_window":null,"aliases":[],"fallbacks":[],\
                "default_max_tokens":null,"default_temperature":null}]}""");
    }

    @Test
    void aModelsProfileIsListedWithCapabilitiesInLowercaseAndInTheirOrder() {
        api.core().catalog().profile("test-model", new ModelProfile(128_000, 1024, 0.3, List.of("tm", "test"),
                List.of("other-model"), Set.of(ModelCapability.VISION, ModelCapability.STREAMING)));

        JsonNode model = api.get("/v1/models", api.core().tokenFor("alice")).json().path("data").get(1);

        assertThat(model.path("id").asText()).isEqualTo("test-model");
        assertThat(model.path("capabilities").toString()).isEqualTo("[\"chat\",\"streaming\",\"vision\"]");
        assertThat(model.path("context_window").asInt()).isEqualTo(128_000);
        assertThat(model.path("aliases").toString()).isEqualTo("[\"tm\",\"test\"]");
        assertThat(model.path("fallbacks").toString()).isEqualTo("[\"other-model\"]");
        assertThat(model.path("default_max_tokens").asInt()).isEqualTo(1024);
        assertThat(model.path("default_temperature").asDouble()).isEqualTo(0.3);
    }

    @Test
    void modelsWithoutATokenAnswer401() {
        assertThat(api.get("/v1/models", null).status()).isEqualTo(401);
    }
}
