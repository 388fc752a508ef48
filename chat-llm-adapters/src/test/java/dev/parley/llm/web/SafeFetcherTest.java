package dev.parley.llm.web;

import static dev.parley.llm.web.FetchTestPolicies.PUBLIC_AND_LOOPBACK;
import static dev.parley.llm.web.FetchTestPolicies.resolver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.error.ProviderException.Kind;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.llm.http.FakeProviderServer;
import dev.parley.llm.http.ProviderHttp;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFetcherTest {

    private static final FetchLimits LIMITS = new FetchLimits(64 * 1024, Duration.ofSeconds(10), 3);
    private static final String HTML = "text/html; charset=utf-8";

    private final FakeProviderServer site = FakeProviderServer.start(HTML,
            request -> FakeProviderServer.whole(200, HTML, "<p>Hello from " + request.getUrl().encodedPath() + "</p>").build());
    private final ProviderHttp http = ProviderHttp.create();
    private final SafeFetcher testFetcher = new SafeFetcher(http, LIMITS, PUBLIC_AND_LOOPBACK);

    @AfterEach
    void stop() {
        site.close();
        http.close();
    }

    @Test
    void aPageIsFetchedWithItsMediaTypeAndAddress() {
        FetchedPage page = testFetcher.fetch(local("/hello?x=1#part"), new CancellationSignal());

        assertThat(page.text()).isEqualTo("<p>Hello from /hello</p>");
        assertThat(page.mediaType()).isEqualTo(HTML);
        assertThat(page.url()).isEqualTo(URI.create("http://127.0.0.1:" + site.port() + "/hello?x=1"));
        assertThat(site.takeRequest().getHeaders().get("Cookie")).isNull();
    }

    @Test
    void theTextIsDecodedInTheCharsetThePageNames() {
        site.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/plain; charset=ISO-8859-1")
                .body(new okio.Buffer().write(new byte[] {'c', 'a', 'f', (byte) 0xe9})).build());

        assertThat(testFetcher.fetch(local("/"), new CancellationSignal()).text()).isEqualTo("café");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:%d/", "http://localhost:%d/", "http://127.1:%d/", "http://2130706433:%d/",
        "http://0.0.0.0:%d/", "http://[::1]:%d/", "http://[::]:%d/", "http://[::ffff:127.0.0.1]:%d/",
        "http://[::ffff:7f00:1]:%d/", "HTTP://127.0.0.1:%d/"})
    void loopbackIsRefusedByDefaultAndTheSiteSeesNoRequest(String url) {
        SafeFetcher production = new SafeFetcher(http);

        InvalidInputException refusal = refusal(production, URI.create(url.formatted(site.port())));

        assertThat(refusal.field()).isEqualTo("url");
        assertThat(refusal.getMessage()).contains("public internet addresses only");
        assertThat(site.requestCount()).isZero();
    }

    @Test
    void theSameLoopbackPageIsFetchedUnderTheTestPolicy() {
        assertThat(testFetcher.fetch(local("/"), new CancellationSignal()).text()).isEqualTo("<p>Hello from /</p>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file:///etc/passwd", "ftp://ftp.example.org/pub/", "gopher://127.0.0.1:70/_stats",
        "jar:http://example.org/a.jar!/", "data:text/plain,hello", "javascript:alert(1)", "mailto:a@example.org",
        "dict://127.0.0.1:11211/stats", "ws://example.org/", "//example.org/", "/etc/passwd"})
    void schemesOtherThanHttpAreRefused(String url) {
        assertThat(refusal(testFetcher, URI.create(url)).getMessage()).isEqualTo("Only http and https URLs can be fetched.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://user:secret@127.0.0.1:%d/", "http://user@127.0.0.1:%d/", "http://:@127.0.0.1:%d/"})
    void urlsWithCredentialsAreRefusedEvenToAnAllowedAddress(String url) {
        assertThat(refusal(testFetcher, URI.create(url.formatted(site.port()))).getMessage())
                .contains("user name or password").doesNotContain("secret");
        assertThat(site.requestCount()).isZero();
    }

    @Test
    void noUrlIsInvalidInput() {
        assertThat(refusal(testFetcher, null).field()).isEqualTo("url");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "news.example.com | 127.0.0.1",
        "metadata.google.internal | 169.254.169.254",
        "rebound.example.com | 93.184.215.14, 127.0.0.1",
        "intranet.example.com | 10.1.2.3",
        "v6.example.com | 2606:4700::1111, fd00:ec2::254"})
    void aNameResolvingToANonPublicAddressIsRefusedBeforeAnyConnection(String name, String addresses) {
        SafeFetcher fetcher = new SafeFetcher(http.client(), LIMITS, AddressPolicy.PUBLIC_ONLY,
                resolver(Map.of(name, List.of(addresses.split(",\\s*")))));

        InvalidInputException refusal = refusal(fetcher, URI.create("http://" + name + ":" + site.port() + "/"));

        assertThat(refusal.getMessage()).contains(name).doesNotContain("127.0.0.1", "169.254", "10.1.2.3", "fd00");
        assertThat(site.requestCount()).isZero();
    }

    @Test
    void aNameThatDoesNotResolveIsToldApartFromAPrivateOneByNothing() {
        SafeFetcher fetcher = new SafeFetcher(http.client(), LIMITS, AddressPolicy.PUBLIC_ONLY,
                resolver(Map.of("db.corp.example", List.of("10.0.0.7"))));

        String privateName = refusal(fetcher, URI.create("http://db.corp.example/")).getMessage();
        String unknownName = refusal(fetcher, URI.create("http://nothing.corp.example/")).getMessage();

        assertThat(unknownName.replace("nothing.corp.example", "db.corp.example")).isEqualTo(privateName);
    }

    @Test
    void theAddressActuallyConnectedToIsJudgedAgainBeforeTheRequestIsSent() {
        AtomicInteger asked = new AtomicInteger();
        // Admits loopback once, as if a name had resolved publicly and then been rebound.
        AddressPolicy changesItsMind = address -> asked.incrementAndGet() == 1 ? Optional.empty()
                : AddressPolicy.PUBLIC_ONLY.refusal(address);
        SafeFetcher fetcher = new SafeFetcher(http.client(), LIMITS, changesItsMind, resolver(Map.of()));

        InvalidInputException refusal = refusal(fetcher, local("/"));

        assertThat(refusal.getMessage()).contains("public internet addresses only");
        assertThat(asked.get()).isGreaterThan(1);
        assertThat(site.requestCount()).isZero();
    }

    @Test
    void theSharedClientsInterceptorsAreNotCarriedOver() {
        OkHttpClient leaky = http.client().newBuilder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization", "Bearer sk-provider-key").build()))
                .build();
        SafeFetcher fetcher = new SafeFetcher(leaky, LIMITS, PUBLIC_AND_LOOPBACK, resolver(Map.of()));

        fetcher.fetch(local("/"), new CancellationSignal());

        assertThat(site.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"404, REJECTED", "401, REJECTED", "410, REJECTED", "429, RATE_LIMITED", "500, UNAVAILABLE",
        "503, UNAVAILABLE", "304, PROTOCOL"})
    void aStatusOtherThanSuccessIsAProviderFailure(int status, Kind kind) {
        site.enqueue(FakeProviderServer.whole(status, HTML, "<h1>no</h1>").build());

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> testFetcher.fetch(local("/missing"), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.provider()).isEqualTo("web");
        assertThat(failure.upstreamStatus()).isEqualTo(status);
        assertThat(failure.getMessage()).isEqualTo("The page at 127.0.0.1 answered HTTP " + status + ".");
    }

    @Test
    void noContentIsAnEmptyPage() {
        site.enqueue(new MockResponse.Builder().code(204).build());

        assertThat(testFetcher.fetch(local("/"), new CancellationSignal()).size()).isZero();
    }

    @Test
    void aSiteThatIsDownIsUnavailable() {
        int deadPort;
        try (FakeProviderServer gone = FakeProviderServer.start(HTML, request -> null)) {
            deadPort = gone.port();
        }

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> testFetcher.fetch(URI.create("http://127.0.0.1:" + deadPort + "/"), new CancellationSignal()));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.getMessage()).contains("127.0.0.1", "could not be reached");
    }

    private URI local(String path) {
        return URI.create("http://127.0.0.1:" + site.port() + path);
    }

    static InvalidInputException refusal(SafeFetcher fetcher, URI url) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> fetcher.fetch(url, new CancellationSignal()));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.field()).isEqualTo("url");
        return refusal;
    }
}
