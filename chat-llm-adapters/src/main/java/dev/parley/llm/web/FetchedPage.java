package dev.parley.llm.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import okhttp3.MediaType;

/**
 * Value: one page {@link SafeFetcher} fetched: where it was found after any redirects, its
 * {@code Content-Type} as the server sent it (null when it sent none), and its bytes.
 */
public record FetchedPage(URI url, String mediaType, byte[] body) {

    public FetchedPage {
        Objects.requireNonNull(url, "url");
        body = body.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    public int size() {
        return body.length;
    }

    /** The bytes as text in the charset the media type names, else UTF-8; malformed bytes become U+FFFD. */
    public String text() {
        MediaType type = mediaType == null ? null : MediaType.parse(mediaType);
        // OkHttp answers the default for a charset the JVM does not know, too.
        Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
        return new String(body, charset);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchedPage page && url.equals(page.url)
                && Objects.equals(mediaType, page.mediaType) && Arrays.equals(body, page.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, mediaType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "FetchedPage[url=" + url + ", mediaType=" + mediaType + ", " + body.length + " bytes]";
    }
}
