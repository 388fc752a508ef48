package dev.parley.llm.web;

import dev.parley.core.domain.error.CancelledException;
import dev.parley.core.domain.error.InvalidInputException;
import dev.parley.core.domain.message.CancellationSignal;
import dev.parley.core.domain.search.PageText;
import dev.parley.core.port.out.TextExtractor;
import dev.parley.core.port.out.WebPages;
import java.net.URI;
import java.util.Objects;

/**
 * Driven adapter: reads the text of a public web page or document for the core, fetched through the
 * {@link SafeFetcher} (public addresses only, redirects re-checked, size and time capped) and its failures
 * passed on as they are. A PDF (known by its signature) is read by the {@link TextExtractor}, HTML and XHTML
 * by {@link HtmlText}, {@code text/plain} and {@code text/markdown} as they are, in their charset (else
 * UTF-8); anything else, an image say, has no readable text and is refused. The text is cut to
 * {@link #MAX_CHARACTERS} so that one huge page cannot fill a prompt. Thread-safe.
 */
public final class FetchedPages implements WebPages {

    /** The most characters of text one page yields; the rest is dropped. */
    public static final int MAX_CHARACTERS = 200_000;

    private final SafeFetcher fetcher;
    private final TextExtractor pdfs;
    private final int maxCharacters;

    public FetchedPages(SafeFetcher fetcher, TextExtractor pdfs) {
        this(fetcher, pdfs, MAX_CHARACTERS);
    }

    /** A reader yielding at most {@code maxCharacters} of each page's text. */
    public FetchedPages(SafeFetcher fetcher, TextExtractor pdfs, int maxCharacters) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.pdfs = Objects.requireNonNull(pdfs, "pdfs");
        if (maxCharacters < 1) {
            throw new IllegalArgumentException("maxCharacters must be positive");
        }
        this.maxCharacters = maxCharacters;
    }

    @Override
    public PageText read(URI url, CancellationSignal cancellation) {
        FetchedPage page = fetcher.fetch(url, cancellation);
        byte[] body = page.body();
        PageFormat format = PageFormat.of(page.mediaType(), body).orElseThrow(() -> new InvalidInputException(
                FetchTargets.FIELD, "the page at " + url + " has no readable text ("
                        + PageFormat.describe(page.mediaType(), body) + ")"));
        PageText read = switch (format) {
            case PDF -> pdf(url, page.url(), body, cancellation);
            case HTML -> HtmlText.read(page.url(), body, page.mediaType());
            case PLAIN_TEXT -> new PageText(page.url().toString(), "", withoutByteOrderMark(page.text()));
        };
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        return new PageText(read.url(), capped(read.title()), capped(read.text()));
    }

    private PageText pdf(URI asked, URI found, byte[] body, CancellationSignal cancellation) {
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        try {
            return new PageText(found.toString(), "", pdfs.extractPdf(body).text());
        } catch (InvalidInputException unreadable) {
            // The extractor speaks of an uploaded "file"; here the user gave a URL.
            throw new InvalidInputException(FetchTargets.FIELD, "the page at " + asked + " cannot be read: "
                    + unreadable.getMessage());
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Without NUL characters (databases refuse them), and at most {@code maxCharacters} long. */
    private String capped(String text) {
        String clean = text.indexOf('\0') < 0 ? text : text.replace("\0", "");
        if (clean.length() <= maxCharacters) {
            return clean;
        }
        // Never half a surrogate pair.
        int end = Character.isHighSurrogate(clean.charAt(maxCharacters - 1)) ? maxCharacters - 1 : maxCharacters;
        return clean.substring(0, end);
    }
}
