package dev.parley.llm.web;

import static dev.parley.llm.web.FetchTestPolicies.PUBLIC_AND_LOOPBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.llm.http.FakeProviderServer;
import dev.parley.llm.http.ProviderHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchedImagesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    private final FakeProviderServer site = FakeProviderServer.start("image/png",
            request -> FakeProviderServer.whole(404, "text/plain", "none").build());
    private final ProviderHttp http = ProviderHttp.create();
    private final FetchLimits limits = new FetchLimits(1024, Duration.ofSeconds(5), 2);
    private final FetchedImages images = new FetchedImages(new SafeFetcher(http, limits, PUBLIC_AND_LOOPBACK));

    @AfterEach
    void stop() {
        site.close();
        http.close();
    }

    private String url() {
        return "http://127.0.0.1:" + site.port() + "/cat";
    }

    private void serve(String contentType, byte[] body) {
        site.enqueue(new MockResponse.Builder().setHeader("Content-Type", contentType)
                .body(new Buffer().write(body)).build());
    }

    @Test
    void anImageIsFetchedAndHandedOverAsBase64WhateverTheServerCallsIt() {
        serve("application/octet-stream", PNG);

        assertThat(images.base64Of(url())).isEqualTo(Base64.getEncoder().encodeToString(PNG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>not an image</html>", "%PDF-1.7", "<svg xmlns='http://www.w3.org/2000/svg'/>"})
    void bytesThatAreNoImageAreRefusedEvenWhenCalledAnImage(String body) {
        serve("image/png", body.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> images.base64Of(url())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("images"));
    }

    @Test
    void aPrivateAddressIsRefusedByTheProductionFetcherWithoutARequest() {
        FetchedImages production = new FetchedImages(new SafeFetcher(http));

        assertThatThrownBy(() -> production.base64Of(url())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("images"));
        assertThat(site.requestCount()).isZero();
    }

    @Test
    void anImageOverTheSizeCapOrAMissingOneIsTheUsersToFix() {
        byte[] big = new byte[4096];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        serve("image/png", big);

        assertThatThrownBy(() -> images.base64Of(url())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> images.base64Of(url())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("could not be fetched");
    }

    @Test
    void eachFormatIsKnownByItsSignature() {
        assertThat(ImageSignatures.mediaTypeOf(PNG)).isEqualTo("image/png");
        assertThat(ImageSignatures.mediaTypeOf(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).isEqualTo("image/jpeg");
        assertThat(ImageSignatures.mediaTypeOf("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image/gif");
        assertThat(ImageSignatures.mediaTypeOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("image/webp");
        assertThat(ImageSignatures.mediaTypeOf("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(ImageSignatures.mediaTypeOf(new byte[0])).isNull();
    }
}
