package dev.parley.llm.web;

import dev.parley.core.domain.search.PageText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import okhttp3.MediaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a reader sees of an HTML or XHTML page, with jsoup: the {@code <title>}, and the body's text laid
 * out by {@link TextLayout} once scripts, styles, navigation and other parts nobody reads are dropped.
 *
 * <p>The charset the {@code Content-Type} header names wins; without one (or with one the JVM does not
 * know) jsoup looks for a byte-order mark, then the document's own {@code <meta charset>} or XML
 * declaration, and falls back to UTF-8.
 */
final class HtmlText {

    /** Not text a reader sees: code, styling, menus, media and what the page itself hides. */
    private static final String UNREAD = "script, style, noscript, nav, template, svg, math, iframe, object, embed,"
            + " canvas, select, [hidden], [aria-hidden=true]";

    private HtmlText() {
    }

    static PageText read(URI url, byte[] body, String mediaType) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(body), declaredCharset(mediaType), url.toString());
        } catch (IOException unreachable) {
            // An in-memory stream does not fail; jsoup declares the exception for files and sockets.
            throw new UncheckedIOException(unreachable);
        }
        document.select(UNREAD).remove();
        return new PageText(url.toString(), document.title(), TextLayout.of(document.body()));
    }

    private static String declaredCharset(String mediaType) {
        MediaType type = mediaType == null ? null : MediaType.parse(mediaType);
        Charset charset = type == null ? null : type.charset(null);
        return charset == null ? null : charset.name();
    }
}
