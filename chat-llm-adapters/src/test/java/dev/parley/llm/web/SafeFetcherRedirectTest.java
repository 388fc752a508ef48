package dev.parley.llm.web;

import static dev.parley.llm.web.FetchTestPolicies.PUBLIC_AND_LOOPBACK;
import static dev.parley.llm.web.FetchTestPolicies.resolver;
import static dev.parley.llm.web.SafeFetcherTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.llm.http.FakeProviderServer;
import dev.parley.llm.http.ProviderHttp;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFetcherRedirectTest {

    private static final FetchLimits LIMITS = new FetchLimits(64 * 1024, Duration.ofSeconds(10), 3);
    private static final String HTML = "text/html";

    private final FakeProviderServer site = FakeProviderServer.start(HTML,
            request -> FakeProviderServer.whole(200, HTML, "arrived at " + request.getUrl().encodedPath()).build());
    private final ProviderHttp http = ProviderHttp.create();
    // Loopback is where the fake site listens; the names below resolve as a hostile DNS server would have them.
    private final SafeFetcher fetcher = new SafeFetcher(http.client(), LIMITS, PUBLIC_AND_LOOPBACK, resolver(Map.of(
            "metadata.google.internal", List.of("169.254.169.254"),
            "intranet.example.com", List.of("10.0.0.1"))));

    @AfterEach
    void stop() {
        site.close();
        http.close();
    }

    @Test
    void redirectsAreFollowedToTheFinalPage() {
        site.enqueue(redirect(301, "/second"));
        site.enqueue(redirect(308, "http://127.0.0.1:" + site.port() + "/third"));
        site.enqueue(redirect(303, "fourth"));

        FetchedPage page = fetcher.fetch(local("/first"), new CancellationSignal());

        assertThat(page.text()).isEqualTo("arrived at /fourth");
        assertThat(page.url()).isEqualTo(local("/fourth"));
        assertThat(site.requestCount()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::ffff:a9fe:a9fe]/",
        "http://[fd00:ec2::254]/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
        "http://intranet.example.com/admin", "https://0.0.0.0/", "http://192.168.1.1:8080/"})
    void aRedirectToANonPublicAddressIsRefusedAndNotFollowed(String location) {
        site.enqueue(redirect(302, location));

        assertThat(refusal(fetcher, local("/")).getMessage()).contains("public internet addresses only");
        assertThat(site.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file:///etc/passwd", "gopher://127.0.0.1:70/_x", "ftp://example.org/", "jar:file:/a!/"})
    void aRedirectToAnotherSchemeIsRefused(String location) {
        site.enqueue(redirect(302, location));

        assertThat(refusal(fetcher, local("/")).getMessage()).contains("redirected to a URL Parley does not fetch");
        assertThat(site.requestCount()).isEqualTo(1);
    }

    @Test
    void aRedirectToAUrlWithCredentialsIsRefused() {
        site.enqueue(redirect(307, "http://admin:admin@127.0.0.1:" + site.port() + "/"));

        assertThat(refusal(fetcher, local("/")).getMessage()).contains("user name or password");
        assertThat(site.requestCount()).isEqualTo(1);
    }

    @Test
    void oneRedirectTooManyFails() {
        site.answerAlways(request -> redirect(302, "/again"));

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> fetcher.fetch(local("/"), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).isEqualTo("The page at 127.0.0.1 redirected more than 3 times.");
        assertThat(site.requestCount()).isEqualTo(4);
    }

    @Test
    void aRedirectThatSaysNotWhereFails() {
        site.enqueue(new MockResponse.Builder().code(302).build());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> fetcher.fetch(local("/"), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.PROTOCOL);
        assertThat(failure.getMessage()).contains("without saying where to go");
    }

    private URI local(String path) {
        return URI.create("http://127.0.0.1:" + site.port() + path);
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse.Builder().code(status).setHeader("Location", location).build();
    }
}
