package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.ApiResponse;
import dev.parley.http.RunningApi;
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
    void modelsAreListedInOpenaisShapeWithTheirProviderAsOwner() {
        ApiResponse response = api.get("/v1/models", api.core().tokenFor("alice"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("""
                {"object":"list","data":[\
                {"id":"other-model","object":"model","created":0,"owned_by":"scripted"},\
                {"id":"test-model","object":"model","created":0,"owned_by":"scripted"}]}""");
    }

    @Test
    void modelsWithoutATokenAnswer401() {
        assertThat(api.get("/v1/models", null).status()).isEqualTo(401);
    }
}
