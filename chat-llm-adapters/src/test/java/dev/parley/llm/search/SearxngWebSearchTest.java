package dev.parley.llm.search;

import static dev.parley.llm.search.FakeSearxng.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.WebSource;
import dev.parley.llm.http.CapturedLog;
import dev.parley.llm.http.ProviderHttp;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearxngWebSearchTest {

    private static final String QUERY = "rust borrow checker";

    private final FakeSearxng fake = FakeSearxng.start();
    private final ProviderHttp http = ProviderHttp.create();
    private final SearxngWebSearch search = new SearxngWebSearch(fake.settings(), http);

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    @Test
    void theRecordedAnswerBecomesSourcesInSearxngsOrder() {
        fake.enqueue(json(FakeSearxng.read("search.json")));

        List<WebSource> sources = search.search(QUERY, 10, new CancellationSignal());

        assertThat(sources).containsExactly(
                new WebSource("References and Borrowing - The Rust Programming Language",
                        "https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html",
                        "A reference is like a pointer in that it’s an address we can follow to access the data"
                                + " stored at that address; that data is owned by some other variable."),
                new WebSource("MIR borrow check - Rust Compiler Development Guide",
                        "https://rustc-dev-guide.rust-lang.org/borrow_check.html",
                        "The borrow check is Rust's \"secret sauce\" – it is tasked with enforcing a number of"
                                + " properties: That all variables are initialized before they are used. That you"
                                + " can't move the same value twice & more."),
                new WebSource("Introducing the Rust borrow checker - LogRocket Blog",
                        "https://blog.logrocket.com/introducing-rust-borrow-checker/", ""),
                new WebSource("stackoverflow.com", "https://stackoverflow.com/questions/47506646/what-is-the-borrow-checker",
                        "I keep reading about the borrow checker. What does it actually check, and when does it run?"),
                new WebSource("Rust (programming language) - Wikipedia",
                        "https://en.wikipedia.org/wiki/Rust_(programming_language)",
                        "Rust is a general-purpose programming language emphasizing performance, type safety, and"
                                + " concurrency. It enforces memory safety, meaning that all references point to valid"
                                + " memory."),
                new WebSource("How does the borrow checker work? : r/rust",
                        "https://www.reddit.com/r/rust/comments/ux1m6p/how_does_the_borrow_checker_work/",
                        "Posted by u/learner — I understand the rules, but how does the compiler actually prove that"
                                + " a reference never outlives its data?"));
    }

    @Test
    void theQueryTravelsAsSearxngsJsonSearch() {
        fake.enqueue(json(FakeSearxng.read("search.json")));

        search.search("  what is   a borrow & a move?  ", 3, new CancellationSignal());

        RecordedRequest request = fake.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/search");
        assertThat(request.getUrl().queryParameter("q")).isEqualTo("what is   a borrow & a move?");
        assertThat(request.getUrl().queryParameter("format")).isEqualTo("json");
    }

    @Test
    void anInstanceBehindAPathIsAskedUnderThatPath() {
        fake.enqueue(json(FakeSearxng.read("search.json")));
        SearxngWebSearch proxied = new SearxngWebSearch(SearxngSettings.of(fake.server().url("/searxng/")), http);

        proxied.search(QUERY, 3, new CancellationSignal());

        assertThat(fake.takeRequest().getUrl().encodedPath()).isEqualTo("/searxng/search");
    }

    @Test
    void theLimitAndTheSettingsMaximumBothCutTheResults() {
        fake.answerAlways(request -> json(FakeSearxng.read("search.json")));
        SearxngWebSearch capped = new SearxngWebSearch(fake.settings().withMaxResults(3), http);

        assertThat(search.search(QUERY, 2, new CancellationSignal())).extracting(WebSource::url).containsExactly(
                "https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html",
                "https://rustc-dev-guide.rust-lang.org/borrow_check.html");
        assertThat(capped.search(QUERY, 10, new CancellationSignal())).hasSize(3);
    }

    @Test
    void aLimitBelowOneAsksNothing() {
        assertThat(search.search(QUERY, 0, new CancellationSignal())).isEmpty();
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void aBlankQueryIsInvalidInput() {
        assertThatThrownBy(() -> search.search("  \n", 5, new CancellationSignal()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("query"));
        assertThat(fake.requestCount()).isZero();
    }

    @Test
    void aVeryLongQueryIsCutBeforeItTravelsInTheUrl() {
        fake.enqueue(json(FakeSearxng.read("search-nothing-found.json")));

        search.search("borrow ".repeat(200), 5, new CancellationSignal());

        assertThat(fake.takeRequest().getUrl().queryParameter("q")).hasSize(SearxngWebSearch.MAX_QUERY_CHARS);
    }

    @Test
    void oddResultsAreSkippedOrMended() {
        fake.enqueue(json("""
                {"results": [
                  "not an object",
                  {"title": "no address"},
                  {"url": "javascript:alert(1)", "title": "a trick"},
                  {"url": "ftp://ftp.example.org/file.txt", "title": "not the web"},
                  {"url": {"href": "https://example.org/"}, "title": "an address that is not text"},
                  {"url": "https://example.org/a", "title": {"text": "a title that is not text"}, "content": 42},
                  {"url": "HTTPS://Example.ORG/a#section", "title": "the same page again"},
                  {"url": "https://example.org/b", "title": "  <b>Bold</b>\\n\\tclaim  ", "content": "\\u0000two\\u2028lines"}
                ]}"""));

        assertThat(search.search(QUERY, 10, new CancellationSignal())).containsExactly(
                new WebSource("example.org", "https://example.org/a", ""),
                new WebSource("Bold claim", "https://example.org/b", "two lines"));
    }

    @Test
    void longTitlesAndSnippetsAreCut() {
        fake.enqueue(json("{\"results\": [{\"url\": \"https://example.org/\", \"title\": \"" + "title ".repeat(100)
                + "\", \"content\": \"" + "snippet ".repeat(200) + "\"}]}"));

        WebSource source = search.search(QUERY, 1, new CancellationSignal()).getFirst();

        assertThat(source.title()).hasSizeLessThanOrEqualTo(SearxngResults.MAX_TITLE).endsWith("title…");
        assertThat(source.snippet()).hasSizeLessThanOrEqualTo(SearxngResults.MAX_SNIPPET).endsWith("snippet…");
    }

    @Test
    void nothingFoundIsAnEmptyListAndTheSilentEnginesAreLoggedWithoutTheQuery() {
        fake.enqueue(json(FakeSearxng.read("search-nothing-found.json")));

        List<WebSource> sources;
        try (CapturedLog log = CapturedLog.of(SearxngErrors.class)) {
            sources = search.search(QUERY, 5, new CancellationSignal());
            assertThat(log.warnings()).singleElement().asString()
                    .contains("duckduckgo (CAPTCHA)", "brave (too many requests)", "google (timeout)")
                    .doesNotContain(QUERY);
        }
        assertThat(sources).isEmpty();
    }
}
