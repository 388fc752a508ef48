package dev.parley.llm.web;

import static dev.parley.llm.web.FetchTestPolicies.PUBLIC_AND_LOOPBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.error.ProviderException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.PageText;
import dev.parley.llm.extract.PdfLimits;
import dev.parley.llm.extract.PdfTextExtractor;
import dev.parley.llm.http.FakeProviderServer;
import dev.parley.llm.http.ProviderHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchedPagesTest {

    private static final FetchLimits LIMITS = new FetchLimits(64 * 1024, Duration.ofSeconds(10), 3);
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    private final FakeProviderServer site = FakeProviderServer.start("text/html",
            request -> FakeProviderServer.whole(404, "text/plain", "none").build());
    private final ProviderHttp http = ProviderHttp.create();
    private final PdfTextExtractor pdfs = new PdfTextExtractor(PdfLimits.defaults());
    private final FetchedPages pages = new FetchedPages(new SafeFetcher(http, LIMITS, PUBLIC_AND_LOOPBACK), pdfs);
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        readers.shutdownNow();
        site.close();
        http.close();
    }

    @Test
    void anHtmlPageGivesItsTitleAndReadableTextWithoutScriptsStylesOrNavigation() {
        serve("text/html; charset=ISO-8859-1", """
                <!doctype html><html><head><title> Le  café </title>
                <style>p { color: red }</style><script>var secret = "tracking";</script></head>
                <body><nav><a href="/">Home</a> <a href="/menu">Menu</a></nav>
                <h1>Menu du   jour</h1>
                <p>Un café
                   crème, s'il vous plaît.</p><p>Et <b> deux</b> croissants.</p>
                <noscript>Turn on JavaScript</noscript><template><p>later</p></template>
                <ul><li> one</li><li>two</li></ul>
                <p>line<br>break</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>
                <pre>  keep
                    this</pre><div hidden>hidden text</div></body></html>
                """.getBytes(LATIN_1));

        PageText page = read("/cafe");

        assertThat(page.title()).isEqualTo("Le café");
        assertThat(page.url()).isEqualTo(url("/cafe").toString());
        assertThat(page.text()).isEqualTo("""
                Menu du jour

                Un café crème, s'il vous plaît.

                Et deux croissants.

                one
                two

                line
                break

                a b
                c d

                  keep
                    this""");
    }

    @Test
    void theCharsetThePageDeclaresIsHonouredWhenTheHeaderNamesNone() {
        serve("text/html", "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body>\u20ac 5</body></html>"
                .getBytes(Charset.forName("windows-1252")));

        PageText page = read("/");

        assertThat(page.title()).isEqualTo("Café");
        assertThat(page.text()).isEqualTo("€ 5");
    }

    @Test
    void theHeadersCharsetWinsOverTheDocuments() {
        serve("application/xhtml+xml; charset=UTF-8", ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><meta charset=\"ISO-8859-1\"/><title>t</title></head><body><p>na\u00efve</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(read("/").text()).isEqualTo("naïve");
    }

    @Test
    void plainTextAndMarkdownAreGivenAsTheyAreInTheirCharset() {
        serve("text/plain; charset=ISO-8859-1", "Cr\u00e8me\n\n  br\u00fbl\u00e9e".getBytes(LATIN_1));
        serve("text/markdown", "\uFEFF# Title\n\n- a *list*\0".getBytes(StandardCharsets.UTF_8));

        PageText plain = read("/plain.txt");
        PageText markdown = read("/notes.md");

        assertThat(plain).isEqualTo(new PageText(url("/plain.txt").toString(), "", "Crème\n\n  brûlée"));
        assertThat(markdown.text()).isEqualTo("# Title\n\n- a *list*");
    }

    @Test
    void aPdfIsReadByItsSignatureWhateverTheServerCallsIt() {
        serve("application/octet-stream", pdf("Quarterly report"));

        PageText page = read("/report");

        assertThat(page.title()).isEmpty();
        assertThat(page.text()).contains("Quarterly report");
    }

    @Test
    void aDamagedPdfIsTheUsersToFixAndNamesTheUrl() {
        serve("application/pdf", "%PDF-1.7\nnothing else".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> read("/broken.pdf")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("url");
            assertThat(e.getMessage()).startsWith("the page at " + url("/broken.pdf") + " cannot be read: ");
        });
    }

    @Test
    void anImageHasNoReadableTextEvenWhenCalledHtml() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        serve("image/png", png);
        serve("text/html", png);

        for (String path : new String[] {"/cat.png", "/cat.html"}) {
            assertThatThrownBy(() -> read(path)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("url");
                assertThat(e.getMessage()).isEqualTo("the page at " + url(path) + " has no readable text (image/png)");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/octet-stream", "application/zip", "video/mp4", "application/json"})
    void otherTypesHaveNoReadableText(String type) {
        serve(type, "{\"some\": \"bytes\"}".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> read("/thing")).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("has no readable text (" + type + ")");
    }

    @Test
    void aPageWithoutContentTypeIsSniffed() {
        site.enqueue(new MockResponse.Builder().body("  <!DOCTYPE html><title>T</title><p>sniffed</p>").build());
        site.enqueue(new MockResponse.Builder().body("just words").build());
        site.enqueue(new MockResponse.Builder().body(new Buffer().write(new byte[] {1, 0, 2, 0})).build());

        assertThat(read("/a")).isEqualTo(new PageText(url("/a").toString(), "T", "sniffed"));
        assertThat(read("/b").text()).isEqualTo("just words");
        assertThatThrownBy(() -> read("/c")).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("has no readable text (unknown type)");
    }

    @Test
    void aPageOverTheSizeLimitIsRefused() {
        serve("text/plain", "x".repeat((int) LIMITS.maxBytes() + 1).getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> read("/big")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void theTextIsCutToTheCharacterLimitNeverHalvingACharacter() {
        FetchedPages small = new FetchedPages(new SafeFetcher(http, LIMITS, PUBLIC_AND_LOOPBACK), pdfs, 5);
        serve("text/plain", "abcd\uD83D\uDE00 and more".getBytes(StandardCharsets.UTF_8));
        serve("text/plain", "abcdefgh".getBytes(StandardCharsets.UTF_8));

        assertThat(small.read(url("/"), new CancellationSignal()).text()).isEqualTo("abcd");
        assertThat(small.read(url("/"), new CancellationSignal()).text()).isEqualTo("abcde");
    }

    @Test
    void aLoopbackAddressIsRefusedByTheProductionPolicyWithoutARequest() {
        FetchedPages production = new FetchedPages(new SafeFetcher(http), pdfs);

        assertThatThrownBy(() -> production.read(url("/"), new CancellationSignal()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThat(site.requestCount()).isZero();
    }

    @Test
    void aServerErrorIsTheSitesFailure() {
        site.enqueue(FakeProviderServer.whole(500, "text/html", "<p>oops</p>").build());

        assertThatThrownBy(() -> read("/")).isInstanceOfSatisfying(ProviderException.class,
                e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.UNAVAILABLE));
    }

    @Test
    void cancellingEndsAReadThatIsUnderwayPromptly() throws Exception {
        site.enqueue(site.stallAfter("<html><body><p>first part"));
        CancellationSignal cancellation = new CancellationSignal();
        Future<PageText> reading = readers.submit(() -> pages.read(url("/slow"), cancellation));
        await().atMost(Duration.ofSeconds(5)).until(() -> site.requestCount() == 1);

        cancellation.cancel();

        assertThatThrownBy(() -> reading.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancelledException.class);
    }

    @Test
    void aCancelledSignalReadsNothing() {
        CancellationSignal cancellation = new CancellationSignal();
        cancellation.cancel();

        assertThatThrownBy(() -> pages.read(url("/"), cancellation)).isInstanceOf(CancelledException.class);
        assertThat(site.requestCount()).isZero();
    }

    private PageText read(String path) {
        return pages.read(url(path), new CancellationSignal());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + site.port() + path);
    }

    private void serve(String contentType, byte[] body) {
        site.enqueue(new MockResponse.Builder().setHeader("Content-Type", contentType)
                .body(new Buffer().write(body)).build());
    }

    private static byte[] pdf(String line) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
